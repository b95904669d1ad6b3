import { normaliseDecimal } from './membership.entity';

describe('normaliseDecimal', () => {
  it.each([
    ['1.000', '1'],
    ['2.500', '2.5'],
    ['0.125', '0.125'],
    ['10', '10'],
    ['100.000', '100'],
  ])('turns PostgreSQL numeric %p into %p', (input, output) => {
    expect(normaliseDecimal(input)).toBe(output);
  });
});
