import jsQR from 'jsqr';
import type { Frame } from './qr-decode.js';

/** Photos are scaled down to this many pixels on their longer side: plenty for a code, and quick to read. */
const MAX_SIDE = 1600;

/**
 * jsQR over the pixels of a frame. Its own module, so that the decoder loads
 * only when a browser without BarcodeDetector first scans something.
 */
export function decodePixels(frame: Frame): string | null {
  const width = frame instanceof HTMLVideoElement ? frame.videoWidth : frame.width;
  const height = frame instanceof HTMLVideoElement ? frame.videoHeight : frame.height;
  if (!width || !height) return null;
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  const canvas = new OffscreenCanvas(w, h);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(frame, 0, 0, w, h);
  const { data } = context.getImageData(0, 0, w, h);
  return jsQR(data, w, h, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}
