import { centsForDrawing, shareBasisPoints } from './chart-spec';

describe('shareBasisPoints', () => {
  it('adds up to 10000 exactly, the largest remainders rounded up', () => {
    expect(shareBasisPoints(['1', '1', '1'])).toEqual([3334, 3333, 3333]);
    expect(shareBasisPoints(['150000', '100000'])).toEqual([6000, 4000]);
    expect(shareBasisPoints(['0', '0'])).toEqual([0, 0]);
    expect(shareBasisPoints(['2', '1'])).toEqual([6667, 3333]);
  });
});

describe('centsForDrawing', () => {
  it('draws cents as euros', () => {
    expect(centsForDrawing('150050')).toBe(1500.5);
  });
});
