import { decodeQr } from './qr-decode.js';

export type CameraProblem = 'camera-denied' | 'camera-absent';

/** Why the camera could not start, in the two cases the screen words differently. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = (error as { name?: string } | undefined)?.name;
  return name === 'NotAllowedError' || name === 'SecurityError' ? 'camera-denied' : 'camera-absent';
}

/** How often a frame is read: fast enough to feel instant, slow enough to leave a tablet cool. */
const FRAME_INTERVAL_MS = 250;

/**
 * The back camera in `video`, read frame by frame until a QR code is found
 * (`onCode`) or `stop()` is called; the camera is released either way.
 * Rejects (see `cameraProblem`) when there is no camera or it is not allowed.
 */
export async function scanWithCamera(
  video: HTMLVideoElement,
  onCode: (text: string) => void,
): Promise<{ stop: () => void }> {
  if (!navigator.mediaDevices?.getUserMedia) throw Object.assign(new Error('no camera'), { name: 'NotFoundError' });
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    stream.getTracks().forEach((track) => track.stop());
    video.srcObject = null;
  };
  video.srcObject = stream;
  await video.play().catch(() => undefined);
  const read = async () => {
    if (stopped) return;
    const text = video.readyState >= 2 ? await decodeQr(video).catch(() => null) : null;
    if (stopped) return;
    if (text) {
      stop();
      onCode(text);
      return;
    }
    timer = setTimeout(() => void read(), FRAME_INTERVAL_MS);
  };
  void read();
  return { stop };
}
