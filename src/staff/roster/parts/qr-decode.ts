/**
 * Reads the text of a QR code in a picture or a video frame: the browser's
 * BarcodeDetector where it has one that knows QR codes, else jsQR, which is
 * loaded (its own chunk) the first time something is decoded.
 */
export type Frame = ImageBitmap | HTMLVideoElement;

interface Detector {
  detect(source: Frame): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

let detector: Promise<Detector | null> | undefined;

function nativeDetector(): Promise<Detector | null> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Native) return Promise.resolve(null);
  return Native.getSupportedFormats().then(
    (formats) => (formats.includes('qr_code') ? new Native({ formats: ['qr_code'] }) : null),
    () => null,
  );
}

/** The text of the first QR code found, or null when there is none. */
export async function decodeQr(frame: Frame): Promise<string | null> {
  const native = await (detector ??= nativeDetector());
  if (native) {
    const [found] = await native.detect(frame);
    return found?.rawValue ?? null;
  }
  const { decodePixels } = await import('./jsqr-decode.js');
  return decodePixels(frame);
}

/** A picture someone chose or took: decoded the same way as the camera's frames. */
export async function decodeQrFile(file: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    return await decodeQr(bitmap);
  } finally {
    bitmap.close();
  }
}
