import { constantTimeEqual, randomToken } from './tokens.js';

describe(randomToken.name, () => {
  it('encodes 32 random bytes as 43 base64url characters by default', () => {
    const sut = randomToken();

    expect(sut).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(sut, 'base64url')).toHaveLength(32);
  });

  it('encodes the requested number of bytes', () => {
    expect(Buffer.from(randomToken(48), 'base64url')).toHaveLength(48);
  });

  it('never repeats', () => {
    const tokens = Array.from({ length: 200 }, () => randomToken());

    expect(new Set(tokens).size).toBe(200);
  });

  it.each([0, 8, 15, 16.5, Number.NaN])('refuses %p bytes', (bytes) => {
    expect(() => randomToken(bytes)).toThrow(RangeError);
  });
});

describe(constantTimeEqual.name, () => {
  it.each<[string, Buffer, Buffer, boolean]>([
    ['equal buffers', Buffer.from('secret'), Buffer.from('secret'), true],
    ['two empty buffers', Buffer.alloc(0), Buffer.alloc(0), true],
    ['a one-byte difference', Buffer.from('secret'), Buffer.from('secreT'), false],
    ['a shorter second buffer', Buffer.from('secret'), Buffer.from('secre'), false],
    ['a longer second buffer', Buffer.from('secret'), Buffer.from('secret!'), false],
    ['an empty buffer against a non-empty one', Buffer.alloc(0), Buffer.from('x'), false],
  ])('compares %s', (_case, a, b, expected) => {
    expect(constantTimeEqual(a, b)).toBe(expected);
  });
});
