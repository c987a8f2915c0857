import { describe, expect, it } from 'vitest';
import { md5 } from './md5';
import { sha1 } from './sha1';
import { sha256 } from './sha256';
import { sha384, sha512 } from './sha512';

const bytes = (s: string) => new TextEncoder().encode(s);
const LONG = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'; // 448 bits: padding spills a block

// Published test vectors: RFC 1321 (MD5) and FIPS 180-2 / NIST examples (SHA family).
describe('hash algorithms', () => {
  it('MD5', () => {
    expect(md5(bytes(''))).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5(bytes('abc'))).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5(bytes('12345678901234567890123456789012345678901234567890123456789012345678901234567890'))).toBe(
      '57edf4a22be3c955ac49da2e2107b67a',
    );
  });

  it('SHA-1', () => {
    expect(sha1(bytes(''))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(sha1(bytes('abc'))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(sha1(bytes(LONG))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });

  it('SHA-256', () => {
    expect(sha256(bytes(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256(bytes(LONG))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('SHA-384', () => {
    expect(sha384(bytes('abc'))).toBe(
      'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    );
  });

  it('SHA-512', () => {
    expect(sha512(bytes('abc'))).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
    expect(sha512(bytes(''))).toBe(
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    );
  });
});
