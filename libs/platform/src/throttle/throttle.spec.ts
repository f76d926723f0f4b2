import { Throttle } from './throttle.js';

describe(Throttle.name, () => {
  const bucket = { name: 'b', limit: 3, windowSeconds: 60 };

  it('reports the one event that fills a bucket, and blocks once it is full', async () => {
    const sut = Throttle.local([bucket]);
    const filled: string[][] = [];
    for (let i = 0; i < 4; i += 1) filled.push([...(await sut.count(['k'])).filled]);
    expect(filled).toEqual([[], [], ['b'], []]);
    expect(await sut.state(['k'])).toMatchObject({ blocked: true });
    expect((await sut.state(['k'])).retryAfterSeconds).toBeGreaterThan(0);
    expect(await sut.state(['other'])).toEqual({ blocked: false, retryAfterSeconds: 1 });
  });

  it('admits events up to the limit and refuses the rest without counting them', async () => {
    const sut = Throttle.local([bucket]);
    const admitted: boolean[] = [];
    for (let i = 0; i < 5; i += 1) admitted.push(!(await sut.take(['k'])).blocked);
    expect(admitted).toEqual([true, true, true, false, false]);
    expect(sut.remembered(['k'])).toMatchObject({ blocked: true });
  });

  it('opens a bucket again when its key is reset', async () => {
    const sut = Throttle.local([bucket]);
    for (let i = 0; i < 3; i += 1) await sut.count(['k']);
    await sut.reset(['k']);
    expect(await sut.state(['k'])).toMatchObject({ blocked: false });
    expect(sut.remembered(['k'])).toMatchObject({ blocked: false });
  });

  it('counts each bucket under its own key', async () => {
    const sut = Throttle.local([bucket, { name: 'c', limit: 1, windowSeconds: 60 }]);
    expect((await sut.count(['k', 'x'])).filled).toEqual(['c']);
    expect(await sut.state(['k', 'y'])).toMatchObject({ blocked: false });
    expect(await sut.state(['other', 'x'])).toMatchObject({ blocked: true });
  });
});
