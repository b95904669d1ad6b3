import { civilDate } from './civil-date';

describe('civilDate', () => {
  it('is the Berlin calendar day, not the UTC one', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Berlin (UTC+1 in winter).
    expect(civilDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Berlin (UTC+2 in summer).
    expect(civilDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(civilDate(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});
