// A progress label shared between a bounded worker and its caller through a SharedArrayBuffer, so the
// caller can still read it after terminating a worker stuck in one long evaluation (it could not have
// answered a message). Layout: an Int32 byte length, then up to REPORT_BYTES of UTF-8.

export const REPORT_BYTES = 256;

export type Report = (label: string) => void;

export function createReportBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(4 + REPORT_BYTES);
}

/** Worker side: writes a label (cheap enough to call on every state a run enters). */
export function reporter(buffer: SharedArrayBuffer): Report {
  const length = new Int32Array(buffer, 0, 1);
  const bytes = new Uint8Array(buffer, 4, REPORT_BYTES);
  const encoder = new TextEncoder();
  let last = '';
  return (label) => {
    if (label === last) return;
    last = label;
    Atomics.store(length, 0, 0);
    const { written } = encoder.encodeInto(label, bytes);
    Atomics.store(length, 0, written);
  };
}

/** Caller side: the label last written, if any. */
export function readReport(buffer: SharedArrayBuffer): string | undefined {
  const n = Atomics.load(new Int32Array(buffer, 0, 1), 0);
  if (n <= 0) return undefined;
  return new TextDecoder().decode(new Uint8Array(buffer, 4, Math.min(n, REPORT_BYTES)).slice());
}
