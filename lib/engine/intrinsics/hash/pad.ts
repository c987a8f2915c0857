// Merkle-Damgard padding shared by MD5 and the SHA family: a 1 bit, zeros, then the bit length.

/** Pads `data` to a multiple of `blockBytes`, writing the bit length in `lengthBytes` bytes at the end. */
export function pad(data: Uint8Array, blockBytes: 64 | 128, littleEndian: boolean): Uint8Array {
  const lengthBytes = blockBytes === 64 ? 8 : 16;
  const total = Math.ceil((data.length + 1 + lengthBytes) / blockBytes) * blockBytes;
  const out = new Uint8Array(total);
  out.set(data);
  out[data.length] = 0x80;
  // Bit length fits in 53 bits for any input we accept; write it as two 32-bit words.
  const bits = data.length * 8;
  const lo = bits >>> 0;
  const hi = Math.floor(bits / 0x100000000) >>> 0;
  const view = new DataView(out.buffer);
  if (littleEndian) {
    view.setUint32(total - 8, lo, true);
    view.setUint32(total - 4, hi, true);
  } else {
    view.setUint32(total - 8, hi, false);
    view.setUint32(total - 4, lo, false);
  }
  return out;
}

export function hex32(words: ArrayLike<number>, littleEndian: boolean): string {
  let s = '';
  for (let i = 0; i < words.length; i++) {
    let w = words[i]! >>> 0;
    if (littleEndian) w = ((w & 0xff) << 24) | ((w & 0xff00) << 8) | ((w >>> 8) & 0xff00) | (w >>> 24);
    s += (w >>> 0).toString(16).padStart(8, '0');
  }
  return s;
}
