import qrcode from 'qrcode-generator';

/** The check-in code as a QR code, a GIF (base64) a mail shows inline and the desk's camera reads. */
export function qrGifBase64(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  // 6 px modules with a 4-module quiet zone: about 200 px, readable from a phone's screen.
  return qr.createDataURL(6, 4).replace(/^data:image\/gif;base64,/, '');
}
