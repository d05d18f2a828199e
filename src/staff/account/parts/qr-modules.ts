import qrcode from 'qrcode-generator';

/**
 * The dark modules of a QR code for `text`, row by row (error correction M,
 * the smallest version that holds it). Its own module so that the QR library
 * loads only when someone sets up an authenticator.
 */
export function qrModules(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
}
