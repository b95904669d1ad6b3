import { combineOutcomes } from './decision-outcome';

describe('combineOutcomes', () => {
  it.each([
    [[], null],
    [['ACCEPTED', null], null],
    [['ACCEPTED', 'ACCEPTED'], 'ACCEPTED'],
    [['ACCEPTED', 'REJECTED'], 'REJECTED'],
    [['REJECTED', 'NO_QUORUM'], 'NO_QUORUM'],
    [['NO_QUORUM', 'VETOED', 'ACCEPTED'], 'VETOED'],
    [['ACCEPTED'], 'ACCEPTED'],
  ] as const)('%j -> %s', (outcomes, expected) => {
    expect(combineOutcomes(outcomes)).toBe(expected);
  });
});
