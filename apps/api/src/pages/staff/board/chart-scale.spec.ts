import { linearScale, tickStep } from './chart-scale.js';

describe(linearScale.name, () => {
  it.each([
    [[3, 7, 12], 15, [0, 5, 10, 15]],
    [[0], 1, [0, 1]],
    [[2], 2, [0, 1, 2]],
    [[1.5, 4.2, 7], 8, [0, 2, 4, 6, 8]],
    [[91.3, 40], 100, [0, 20, 40, 60, 80, 100]],
  ])('reaches from zero to a round maximum above %j', (values, max, ticks) => {
    const sut = linearScale(values, 400, { integer: Number.isInteger(max) && max < 3 });
    expect(sut.max).toBe(max);
    expect(sut.ticks).toEqual(ticks);
  });

  it('places values proportionally and never below zero', () => {
    const sut = linearScale([10], 200);
    expect(sut.at(5)).toBe(100);
    expect(sut.at(-3)).toBe(0);
    expect(sut.at(10)).toBe(200);
  });

  it('gives counts whole-number ticks', () => {
    expect(linearScale([3], 100, { integer: true }).ticks).toEqual([0, 1, 2, 3]);
  });
});

describe(tickStep.name, () => {
  it.each([
    [10, 5, 2],
    [100, 5, 20],
    [7, 5, 2],
    [3, 5, 1],
    [0.9, 5, 0.2],
  ])('steps %d over %d ticks by %d', (max, count, step) => {
    expect(tickStep(max, count)).toBeCloseTo(step);
  });
});
