import { ConfigService } from '@nestjs/config';
import { APP_CONFIG, type SharedEpoch, type SharedEpochs } from '@candor/platform';
import type { StaffPrincipal } from './staff-auth.service.js';
import { type CheckedSession, StaffSessionCache } from './staff-session-cache.js';

/** The epoch as Redis would keep it, in memory: `readable` false is Redis away. */
class EpochInMemory {
  value = 0;
  readable = true;
  bumps = 0;

  current(): Promise<string | undefined> {
    return Promise.resolve(this.readable ? String(this.value) : undefined);
  }

  bump(): Promise<void> {
    this.bumps += 1;
    this.value += 1;
    return Promise.resolve();
  }
}

const principal: StaffPrincipal = {
  id: 's1',
  role: 'general_counsel',
  name: 'Grace',
  email: 'grace@candor.example',
  sessionId: 'session-1',
};
const checked: CheckedSession = { principal, endsInSeconds: 900 };
const browser: CheckedSession = {
  principal,
  endsInSeconds: 1800,
  activity: { dueInSeconds: 20, everySeconds: 60 },
};

describe(StaffSessionCache.name, () => {
  let epoch: EpochInMemory;
  let sut: StaffSessionCache;

  beforeEach(() => {
    epoch = new EpochInMemory();
    const epochs = { create: () => epoch as unknown as SharedEpoch } as unknown as SharedEpochs;
    sut = new StaffSessionCache(epochs, new ConfigService({ [APP_CONFIG]: { redisPrefix: 't' } }));
  });

  /** Looks up, and keeps what a check found when nothing was remembered: as the services do. */
  async function request(key: string, at: number, found: CheckedSession = checked) {
    const { remembered, epoch: read } = await sut.lookup(key, at);
    if (!remembered) sut.remember(key, read, found, at);
    return remembered;
  }

  it('remembers a checked session under its key for at most a minute', async () => {
    expect(await request('k', 0)).toBeUndefined();
    expect(await request('k', 1_000)).toEqual({ principal, activityDue: false });
    expect(await request('other', 1_000)).toBeUndefined();
    expect(await request('k', 59_999)).toBeDefined();
    expect(await request('k', 60_000)).toBeUndefined();
  });

  it.each([
    ['its absolute or idle end', 10, 9_999, 10_000],
    ['a minute', 600, 59_999, 60_000],
  ])('never past the session end, here %s', async (_label, endsIn, trusted, dropped) => {
    await request('k', 0, { principal, endsInSeconds: endsIn });
    expect(await request('k', trusted)).toBeDefined();
    expect(await request('k', dropped)).toBeUndefined();
  });

  it.each([0, -5, Number.NaN])('keeps nothing of a session ending in %s s', async (endsIn) => {
    await request('k', 0, { principal, endsInSeconds: endsIn });
    expect((await sut.lookup('k', 1)).remembered).toBeUndefined();
  });

  it('drops what it remembers once the epoch moves on, wherever it was bumped', async () => {
    await request('k', 0);
    epoch.value += 1; // another process's bump
    expect(await request('k', 1)).toBeUndefined();
    expect(await request('k', 2)).toBeDefined();
    await sut.changed();
    expect(epoch.bumps).toBe(1);
    expect(await request('k', 3)).toBeUndefined();
  });

  it('trusts nothing, keeps nothing and forgets everything while the epoch cannot be read', async () => {
    await request('k', 0);
    epoch.readable = false;
    expect(await sut.lookup('k', 1)).toEqual({ remembered: undefined, epoch: undefined });
    sut.remember('other', undefined, checked, 1);
    epoch.readable = true;
    expect((await sut.lookup('k', 2)).remembered).toBeUndefined();
    expect((await sut.lookup('other', 2)).remembered).toBeUndefined();
  });

  it('keeps a memo under the epoch read before the check, so a bump during the check drops it', async () => {
    const { epoch: read } = await sut.lookup('k', 0);
    epoch.value += 1; // a sign-out committed while the row was being read
    sut.remember('k', read, checked, 1);
    expect((await sut.lookup('k', 2)).remembered).toBeUndefined();
  });

  it("says when a browser session's activity is due, once per period", async () => {
    await request('k', 0, browser);
    const due = async (at: number) => (await sut.lookup('k', at)).remembered?.activityDue;
    expect(await due(19_999)).toBe(false);
    expect(await due(20_000)).toBe(true);
    expect(await due(20_001)).toBe(false);
    expect(await due(59_999)).toBe(false);
    // The memo ends at 60 s: the next request reads the row and writes the activity if due.
    expect(await due(60_000)).toBeUndefined();
  });

  it('hands every request the same frozen principal', async () => {
    const kept = sut.remember('k', '0', checked, 0);
    expect(Object.isFrozen(kept)).toBe(true);
    expect(kept).toEqual(principal);
    expect((await sut.lookup('k', 1)).remembered?.principal).toBe(kept);
  });
});
