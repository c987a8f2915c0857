// Seeded randomness: jitter, States.MathRandom, States.UUID and $random all draw from here, so the same seed
// replays the same run. sfc32 is small, fast and has a period far beyond anything a run could use.

export interface SeededRandom {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
  /** A version-4-shaped UUID (random bits from the seed, version and variant nibbles set). */
  uuid(): string;
}

const HEX = '0123456789abcdef';

export function createRandom(seed: number): SeededRandom {
  // Spread the seed over the four words so nearby seeds give unrelated streams.
  let a = 0x9e3779b9 ^ (seed | 0);
  let b = 0x243f6a88 ^ Math.floor(seed / 0x100000000);
  let c = 0xb7e15162;
  let d = 1;

  const nextU32 = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) nextU32();

  const next = (): number => nextU32() / 4294967296;

  return {
    next,
    int(maxExclusive: number): number {
      return Math.floor(next() * maxExclusive);
    },
    uuid(): string {
      let s = '';
      for (let i = 0; i < 4; i++) {
        let w = nextU32();
        for (let j = 0; j < 8; j++) {
          s += HEX[w & 15];
          w >>>= 4;
        }
      }
      // xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx with y in 8..b
      const variant = HEX[8 + (parseInt(s[16]!, 16) & 3)]!;
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
    },
  };
}
