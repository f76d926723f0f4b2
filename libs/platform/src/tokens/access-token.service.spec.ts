import { randomBytes } from 'node:crypto';
import type { ConfigService } from '@nestjs/config';
import { must } from '../checks/must.js';
import { AccessTokenService } from './access-token.service.js';

function service(secret = randomBytes(32)): AccessTokenService {
  const config = { get: () => ({ secrets: { jwtSecret: secret } }) };
  return new AccessTokenService(config as unknown as ConfigService);
}

describe(AccessTokenService.name, () => {
  const issuedAt = new Date('2026-11-21T09:00:00.000Z');
  const later = (seconds: number) => new Date(issuedAt.getTime() + seconds * 1000);

  it('accepts a token for its audience until it expires, every time it is shown', async () => {
    const tokens = service();
    const issued = await tokens.issue('staff', 'staff-1', 900, issuedAt);
    for (const at of [later(1), later(2), later(899)]) {
      await expect(tokens.verify('staff', issued.token, at)).resolves.toEqual({
        subject: 'staff-1',
        tokenId: issued.tokenId,
        expiresAt: issued.expiresAt,
      });
    }
    await expect(tokens.verify('staff', issued.token, later(900))).resolves.toBeUndefined();
    await expect(tokens.verify('staff', issued.token, later(901))).resolves.toBeUndefined();
  });

  it('refuses a token verified once for one audience when it is shown for another', async () => {
    const tokens = service();
    const issued = await tokens.issue('reporter', 'case-1', 900, issuedAt);
    await expect(tokens.verify('reporter', issued.token, later(1))).resolves.toBeDefined();
    await expect(tokens.verify('staff', issued.token, later(2))).resolves.toBeUndefined();
  });

  it('refuses a token with any character changed, and one signed with another secret', async () => {
    const tokens = service();
    const issued = await tokens.issue('staff', 'staff-1', 900, issuedAt);
    await expect(tokens.verify('staff', issued.token, later(1))).resolves.toBeDefined();
    const [header, payload, signed] = issued.token.split('.');
    const signature = must(signed, 'a signature after the second dot');
    const flipped = signature[5] === 'A' ? 'B' : 'A';
    const forged = `${header}.${payload}.${signature.slice(0, 5)}${flipped}${signature.slice(6)}`;
    await expect(tokens.verify('staff', forged, later(1))).resolves.toBeUndefined();
    const foreign = await service().issue('staff', 'staff-1', 900, issuedAt);
    await expect(tokens.verify('staff', foreign.token, later(1))).resolves.toBeUndefined();
  });
});
