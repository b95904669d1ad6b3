import fc from 'fast-check';
import {
  compareShares,
  fraction,
  largestRemainder,
  splitCost,
  SplitError,
  SplitMethod,
  SplitParticipant,
} from './allocate';

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((c) => `0000000${c}-0000-4000-8000-000000000000`);
const byId = (shares: { organisationId: string; amountCents: bigint }[]) =>
  Object.fromEntries(shares.map((s) => [s.organisationId, s.amountCents]));
const cents = (shares: { amountCents: bigint }[]) => shares.map((s) => s.amountCents);

describe('largest-remainder split: worked examples', () => {
  it('EQUAL: 100.00 EUR among three — the extra cent goes to the lowest organisation id (all remainders and weights equal)', () => {
    const shares = splitCost(10000n, 'EQUAL', [
      { organisationId: ids[2] },
      { organisationId: ids[0] },
      { organisationId: ids[1] },
    ]);
    expect(byId(shares)).toEqual({ [ids[0]]: 3334n, [ids[1]]: 3333n, [ids[2]]: 3333n });
    expect(shares.find((s) => s.organisationId === ids[0])).toMatchObject({ exactCents: '10000/3', roundedUp: true });
  });

  it('EQUAL: two leftover cents among three go to the two lowest ids', () => {
    expect(
      cents(
        splitCost(
          200n + 2n,
          'EQUAL',
          ids.slice(0, 3).map((organisationId) => ({ organisationId })),
        ),
      ),
    ).toEqual([68n, 67n, 67n]);
    expect(
      cents(
        splitCost(
          11n,
          'EQUAL',
          ids.slice(0, 3).map((organisationId) => ({ organisationId })),
        ),
      ),
    ).toEqual([4n, 4n, 3n]);
  });

  it('POPULATION: by inhabitants, exact when it divides', () => {
    const shares = splitCost(1_000_000n, 'POPULATION', [
      { organisationId: ids[0], population: 30_000 },
      { organisationId: ids[1], population: 10_000 },
    ]);
    expect(cents(shares)).toEqual([750_000n, 250_000n]);
    expect(shares.every((s) => !s.roundedUp)).toBe(true);
    expect(shares[0].exactCents).toBe('750000');
  });

  it('POPULATION: the larger remainder wins the leftover cent', () => {
    // 100 × 2/7 = 28.57, 100 × 5/7 = 71.43 → 28 + 71 = 99, the 0.57 remainder gets the cent.
    expect(
      cents(
        splitCost(100n, 'POPULATION', [
          { organisationId: ids[0], population: 2 },
          { organisationId: ids[1], population: 5 },
        ]),
      ),
    ).toEqual([29n, 71n]);
  });

  it('POPULATION: refused with the names of participants without a population', () => {
    expect(() =>
      splitCost(100n, 'POPULATION', [
        { organisationId: ids[0], population: 5 },
        { organisationId: ids[1], name: 'Gemeinde Ohnezahl', population: null },
      ]),
    ).toThrow(/none is recorded for Gemeinde Ohnezahl/);
  });

  it('WEIGHTS: by integer weights; the remainder decides the leftover cent', () => {
    // 10 cents by 1:1:2 → exact 2.5, 2.5, 5 → floors 2, 2, 5 = 9; remainders equal (2.5 → .5) for a and b; same weight → id.
    expect(
      cents(
        splitCost(10n, 'WEIGHTS', [
          { organisationId: ids[1], weight: 1 },
          { organisationId: ids[0], weight: 1 },
          { organisationId: ids[2], weight: 2 },
        ]),
      ),
    ).toEqual([2n, 3n, 5n]);
    // 5 cents by 1:3: exact 1.25 and 3.75 → the larger remainder (.75) gets the cent.
    expect(
      cents(
        splitCost(5n, 'WEIGHTS', [
          { organisationId: ids[0], weight: 1 },
          { organisationId: ids[1], weight: 3 },
        ]),
      ),
    ).toEqual([1n, 4n]);
  });

  it('WEIGHTS: a tie on the remainder goes to the larger weight, before the lower id', () => {
    // 4 cents by 1:5:2 (W = 8): exact 0.5, 2.5, 1 → floors 0, 2, 1 = 3; a and b both have remainder 4/8;
    // b has the larger weight, so b gets the leftover cent although a has the lower id.
    expect(
      cents(
        largestRemainder(4n, [
          { organisationId: ids[0], weight: 1n },
          { organisationId: ids[1], weight: 5n },
          { organisationId: ids[2], weight: 2n },
        ]),
      ),
    ).toEqual([0n, 3n, 1n]);
    // 3 cents by 1:1:4 (W = 6): exact 0.5, 0.5, 2 — a and b tie on remainder and weight → the lower id, a.
    expect(
      cents(
        splitCost(3n, 'WEIGHTS', [
          { organisationId: ids[1], weight: 1 },
          { organisationId: ids[0], weight: 1 },
          { organisationId: ids[2], weight: 4 },
        ]),
      ),
    ).toEqual([0n, 1n, 2n]);
    // 2 cents by 3:1:4 (W = 8): remainders 6, 2, 0 of 8 → the largest remainder, a, gets the one leftover cent.
    expect(
      cents(
        largestRemainder(2n, [
          { organisationId: ids[0], weight: 3n },
          { organisationId: ids[1], weight: 1n },
          { organisationId: ids[2], weight: 4n },
        ]),
      ),
    ).toEqual([1n, 0n, 1n]);
  });

  it('PERCENTAGES: basis points must add up to 10000', () => {
    expect(
      cents(
        splitCost(100_001n, 'PERCENTAGES', [
          { organisationId: ids[0], weight: 2500 },
          { organisationId: ids[1], weight: 7500 },
        ]),
      ),
    ).toEqual([25_000n, 75_001n]);
    expect(() =>
      splitCost(100n, 'PERCENTAGES', [
        { organisationId: ids[0], weight: 2500 },
        { organisationId: ids[1], weight: 7000 },
      ]),
    ).toThrow(/add up to 100 % \(10000 basis points\), got 9500/);
  });

  it('FEE: by each member’s annual fee; refused when one has no invoice for the year', () => {
    expect(
      cents(
        splitCost(900_000n, 'FEE', [
          { organisationId: ids[0], feeCents: 350_000n },
          { organisationId: ids[1], feeCents: 700_000n },
          { organisationId: ids[2], feeCents: 500_000n },
        ]),
      ),
    ).toEqual([203_226n, 406_452n, 290_322n]);
    expect(() =>
      splitCost(100n, 'FEE', [
        { organisationId: ids[0], feeCents: 1n },
        { organisationId: ids[1], name: 'Stadt Neu', feeCents: null },
      ]),
    ).toThrow(/there is none for Stadt Neu/);
  });

  it('FIXED: taken as given when they add up; the error says the difference', () => {
    expect(
      cents(
        splitCost(1000n, 'FIXED', [
          { organisationId: ids[0], amountCents: 600n },
          { organisationId: ids[1], amountCents: 400n },
        ]),
      ),
    ).toEqual([600n, 400n]);
    expect(() =>
      splitCost(1000n, 'FIXED', [
        { organisationId: ids[0], amountCents: 600n },
        { organisationId: ids[1], amountCents: 300n },
      ]),
    ).toThrow(
      'the fixed amounts add up to 900 cents, 100 cents less than the total of 1000 cents; they must add up to the total exactly',
    );
    expect(() =>
      splitCost(1000n, 'FIXED', [
        { organisationId: ids[0], amountCents: 600n },
        { organisationId: ids[1], amountCents: 500n },
      ]),
    ).toThrow(/100 cents more than the total/);
    expect(() =>
      splitCost(1000n, 'FIXED', [
        { organisationId: ids[0], amountCents: 1000n },
        { organisationId: ids[1], amountCents: null },
      ]),
    ).toThrow(/missing or not positive/);
  });

  it('refuses an empty or duplicated participant list, a non-positive total and bad weights', () => {
    expect(() => splitCost(100n, 'EQUAL', [])).toThrow(SplitError);
    expect(() => splitCost(0n, 'EQUAL', [{ organisationId: ids[0] }])).toThrow(/positive number of cents, got 0/);
    expect(() =>
      splitCost(100n, 'EQUAL', [{ organisationId: ids[0] }, { organisationId: ids[0], name: 'Doppelt' }]),
    ).toThrow(/Doppelt is named twice/);
    expect(() => splitCost(100n, 'WEIGHTS', [{ organisationId: ids[0], weight: 0 }])).toThrow(
      /must be positive, got 0/,
    );
    expect(() => splitCost(100n, 'WEIGHTS', [{ organisationId: ids[0], weight: 1.5 }])).toThrow(/whole number/);
    expect(() => splitCost(100n, 'WEIGHTS', [{ organisationId: ids[0] }])).toThrow(/weight is missing/);
  });

  it('fractions are reduced', () => {
    expect(fraction(30000n, 9n)).toBe('10000/3');
    expect(fraction(12n, 4n)).toBe('3');
  });

  it('compares two versions per organisation', () => {
    expect(
      compareShares(
        [
          { organisationId: 'a', amountCents: 50n },
          { organisationId: 'b', amountCents: 50n },
        ],
        [{ organisationId: 'a', amountCents: 100n }],
      ),
    ).toEqual([
      { organisationId: 'a', beforeCents: 50n, afterCents: 100n, changeCents: 50n },
      { organisationId: 'b', beforeCents: 50n, afterCents: null, changeCents: -50n },
    ]);
  });
});

describe('largest-remainder split: properties', () => {
  const total = fc.bigInt({ min: 1n, max: 10n ** 15n - 1n });
  const participants = fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: ids.length });
  const weighted = participants.chain((list) =>
    fc.tuple(
      fc.constant(list),
      fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: list.length, maxLength: list.length }),
    ),
  );
  const methods: Exclude<SplitMethod, 'FIXED' | 'PERCENTAGES'>[] = ['EQUAL', 'POPULATION', 'WEIGHTS', 'FEE'];
  const input = fc.tuple(total, fc.constantFrom(...methods), weighted).map(([t, method, [list, weights]]) => ({
    total: t,
    method,
    participants: list.map((organisationId, i): SplitParticipant => ({
      organisationId,
      population: weights[i],
      weight: weights[i],
      feeCents: BigInt(weights[i]),
    })),
  }));

  it('shares add up to the total and each is within one cent of its exact value', () => {
    fc.assert(
      fc.property(input, ({ total: t, method, participants: list }) => {
        const shares = splitCost(t, method, list);
        expect(shares.reduce((s, x) => s + x.amountCents, 0n)).toBe(t);
        for (const share of shares) {
          const [n, d = '1'] = share.exactCents.split('/');
          // |amount − n/d| < 1  ⇔  |amount·d − n| < d
          const diff = share.amountCents * BigInt(d) - BigInt(n);
          expect(diff < BigInt(d) && -diff < BigInt(d)).toBe(true);
          expect(share.amountCents >= 0n).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the same input always gives the same split, whatever the order of the participants', () => {
    fc.assert(
      fc.property(input, fc.func(fc.integer()), ({ total: t, method, participants: list }, key) => {
        const shuffled = [...list].sort(
          (a, b) => key(a.organisationId) - key(b.organisationId) || (a.organisationId < b.organisationId ? -1 : 1),
        );
        expect(byId(splitCost(t, method, shuffled))).toEqual(byId(splitCost(t, method, list)));
        expect(splitCost(t, method, list)).toEqual(splitCost(t, method, list));
      }),
      { numRuns: 1000 },
    );
  });

  it('only the largest remainders get a cent more, and no more cents than participants', () => {
    fc.assert(
      fc.property(input, ({ total: t, method, participants: list }) => {
        const shares = splitCost(t, method, list);
        const up = shares.filter((s) => s.roundedUp);
        expect(up.length).toBeLessThan(list.length);
        const remainder = (s: (typeof shares)[number]) => {
          const [n, d = '1'] = s.exactCents.split('/');
          return (BigInt(n) % BigInt(d)) * (10n ** 20n / BigInt(d));
        };
        const lowestUp = up.reduce<bigint | null>((m, s) => (m === null || remainder(s) < m ? remainder(s) : m), null);
        for (const s of shares.filter((x) => !x.roundedUp))
          if (lowestUp !== null) expect(remainder(s) <= lowestUp + 1n).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('equal split: shares differ by at most one cent, and a larger group never pays more each', () => {
    fc.assert(
      fc.property(total, fc.integer({ min: 1, max: ids.length - 1 }), (t, size) => {
        const small = splitCost(
          t,
          'EQUAL',
          ids.slice(0, size).map((organisationId) => ({ organisationId })),
        );
        const large = splitCost(
          t,
          'EQUAL',
          ids.slice(0, size + 1).map((organisationId) => ({ organisationId })),
        );
        const amounts = cents(small);
        const max = amounts.reduce((m, a) => (a > m ? a : m), 0n);
        const min = amounts.reduce((m, a) => (a < m ? a : m), max);
        expect(max - min <= 1n).toBe(true);
        for (let i = 0; i < size; i++) expect(large[i].amountCents <= small[i].amountCents).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('fixed amounts are accepted exactly when they add up to the total', () => {
    fc.assert(
      fc.property(
        participants,
        fc.array(fc.bigInt({ min: 1n, max: 10n ** 9n }), { minLength: ids.length, maxLength: ids.length }),
        fc.bigInt({ min: -5n, max: 5n }),
        (list, amounts, off) => {
          const given = list.map((organisationId, i) => ({ organisationId, amountCents: amounts[i] }));
          const sum = given.reduce((s, g) => s + g.amountCents, 0n);
          if (sum + off <= 0n) return;
          if (off === 0n) expect(cents(splitCost(sum, 'FIXED', given))).toEqual(given.map((g) => g.amountCents));
          else
            expect(() => splitCost(sum + off, 'FIXED', given)).toThrow(
              `${off > 0n ? off : -off} ${off === 1n || off === -1n ? 'cent' : 'cents'} ${off > 0n ? 'less' : 'more'} than the total`,
            );
        },
      ),
    );
  });
});
