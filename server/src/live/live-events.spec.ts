import { isNewer } from './live-events';

describe('isNewer (ordering of live snapshots)', () => {
  it.each([
    [[1, 5, 0], undefined, true],
    [[2, 6, 0], [1, 5, 0], true],
    [[1, 5, 0], [1, 5, 0], false],
    [[1, 4, 0], [1, 5, 0], false],
    [[2, 4, 0], [1, 5, 0], false],
    [[1, 5, 1], [1, 5, 0], true],
    [[3, 9, 0], [9007199254740991, 9007199254740991, 1], false],
  ])('%j after %j -> %s', (a, b, expected) => {
    expect(isNewer(a, b)).toBe(expected);
  });
});
