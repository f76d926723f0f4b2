import { generatePassword, hashPassword, needsRehash, verifyPassword } from './password-hasher.js';

// argon2id is slow by design: one hash is shared by most tests.
describe(hashPassword.name, () => {
  const password = 'correct horse battery staple';
  let hash: string;

  beforeAll(async () => {
    hash = await hashPassword(password);
  });

  it('makes an argon2id hash with at least OWASP parameters', () => {
    expect(hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(hash).toContain('m=19456');
    expect(hash).toContain('t=2');
    expect(hash).toContain('p=1');
    expect(hash).not.toContain(password);
  });

  it('verifies the right password', async () => {
    await expect(verifyPassword(hash, password)).resolves.toBe(true);
  });

  it('refuses a wrong password', async () => {
    await expect(verifyPassword(hash, 'correct horse battery stapler')).resolves.toBe(false);
  });

  it('verifies a password typed with decomposed accents against one hashed precomposed', async () => {
    const precomposed = await hashPassword('caf\u00e9-Ångström');

    await expect(verifyPassword(precomposed, 'cafe\u0301-A\u030angstro\u0308m')).resolves.toBe(
      true,
    );
  });

  it('does not need a rehash with the current parameters', () => {
    expect(needsRehash(hash)).toBe(false);
  });
});

describe(verifyPassword.name, () => {
  it.each([
    ['an empty string', ''],
    ['plain text', 'not a hash'],
    ['a bcrypt hash', '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW'],
    ['a truncated argon2id hash', '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ'],
    ['an argon2id hash with a broken salt', '$argon2id$v=19$m=19456,t=2,p=1$!!!$aGFzaA'],
    // Well-formed enough to reach argon2, which then refuses a 3-byte salt.
    ['an argon2id hash with a too-short salt', '$argon2id$v=19$m=19456,t=2,p=1$c29t$aGFzaGhhc2g'],
    [
      'an argon2id hash with a repeated parameter',
      '$argon2id$v=19$m=19456,m=8,t=2$c29tZXNhbHQ$aGFzaA',
    ],
    [
      'an argon2id hash demanding 4 GiB of memory',
      '$argon2id$v=19$m=4194304,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA',
    ],
  ])('returns false rather than throwing for %s', async (_case, hash) => {
    await expect(verifyPassword(hash, 'password')).resolves.toBe(false);
  });
});

describe(needsRehash.name, () => {
  const digest = 'c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA';

  it('keeps a hash with the current parameters, in either order', () => {
    expect(needsRehash(`$argon2id$v=19$m=19456,t=2,p=1$${digest}`)).toBe(false);
    expect(needsRehash(`$argon2id$v=19$m=19456,p=1,t=2$${digest}`)).toBe(false);
  });

  it.each([
    ['weaker memory', `$argon2id$v=19$m=4096,t=2,p=1$${digest}`],
    ['other passes', `$argon2id$v=19$m=19456,t=3,p=1$${digest}`],
    ['an older argon2 version', `$argon2id$v=16$m=19456,t=2,p=1$${digest}`],
    ['argon2i', `$argon2i$v=19$m=19456,t=2,p=1$${digest}`],
    ['a malformed hash', 'not a hash'],
  ])('asks for a rehash of a hash with %s', (_case, hash) => {
    expect(needsRehash(hash)).toBe(true);
  });
});

describe(generatePassword.name, () => {
  it('makes 24 base64url characters (144 random bits)', () => {
    expect(generatePassword()).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('never repeats', () => {
    const passwords = Array.from({ length: 100 }, () => generatePassword());

    expect(new Set(passwords).size).toBe(100);
  });
});
