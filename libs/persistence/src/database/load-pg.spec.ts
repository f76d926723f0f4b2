import { loadPg } from './load-pg.js';

describe(loadPg.name, () => {
  it('gives node-postgres a Node socket and leaves the global navigator as it found it', async () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    const pg = await loadPg();
    expect(typeof pg.Client).toBe('function');
    expect(Object.getOwnPropertyDescriptor(globalThis, 'navigator')).toEqual(before);
  });
});
