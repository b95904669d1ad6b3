import { msg, render } from '../../common/i18n/messages';
import fc from 'fast-check';
import {
  annualFee,
  computeFee,
  coverageGaps,
  factorDecimal,
  FeeMember,
  FeeRounding,
  feeRoundings,
  FeeScheduleRule,
  FeeTierRule,
  indexationYears,
  invoiceNumber,
  invoiceStatus,
  liableMonths,
  proRataCents,
  roundHalfUp,
  selectTier,
  validateSchedule,
} from './fees';

const EUR = (euros: number) => BigInt(euros) * 100n;
const tier = (key: string, kinds: string[], min: number | null, max: number | null, euros: number): FeeTierRule => ({
  key,
  label: key,
  kinds,
  minPopulation: min,
  maxPopulation: max,
  amountCents: EUR(euros),
});

/** Masterportal-like: municipalities and counties by size, state and federal bodies flat, the provider exempt. */
const masterportal: FeeScheduleRule = {
  baseYear: 2026,
  indexationBasisPoints: 300,
  indexationStartYear: 2027,
  rounding: 'CENT',
  proRata: 'MONTHS',
  tiers: [
    tier('S', ['MUNICIPALITY', 'COUNTY'], 0, 50_000, 1_000),
    tier('M', ['MUNICIPALITY', 'COUNTY'], 50_001, 100_000, 2_000),
    tier('L', ['MUNICIPALITY', 'COUNTY'], 100_001, 250_000, 3_000),
    tier('XL', ['MUNICIPALITY', 'COUNTY'], 250_001, 500_000, 4_000),
    tier('XXL', ['MUNICIPALITY', 'COUNTY'], 500_001, null, 5_000),
    tier('STATE', ['STATE', 'FEDERAL_AGENCY'], null, null, 10_000),
    tier('FREE', ['IT_SERVICE_PROVIDER'], null, null, 0),
  ],
};

const member = (overrides: Partial<FeeMember> = {}): FeeMember => ({
  organisationId: 'o1',
  name: 'Stadt Test',
  kind: 'MUNICIPALITY',
  population: 10_000,
  joinedOn: '2020-01-01',
  leftOn: null,
  ...overrides,
});

const feeOf = (schedule: FeeScheduleRule, m: FeeMember, year: number) => {
  const outcome = computeFee(schedule, m, year);
  if (outcome.kind !== 'FEE') throw new Error(`expected a fee, got ${outcome.kind}`);
  return outcome;
};

describe('tier selection', () => {
  // Every boundary: exactly at min and max, one below and one above.
  const boundaries: [number, string | null][] = [
    [0, 'S'],
    [1, 'S'],
    [49_999, 'S'],
    [50_000, 'S'],
    [50_001, 'M'],
    [50_002, 'M'],
    [99_999, 'M'],
    [100_000, 'M'],
    [100_001, 'L'],
    [249_999, 'L'],
    [250_000, 'L'],
    [250_001, 'XL'],
    [499_999, 'XL'],
    [500_000, 'XL'],
    [500_001, 'XXL'],
    [10_000_000, 'XXL'],
  ];
  it.each(boundaries)('population %i → tier %s', (population, key) => {
    expect(selectTier(masterportal.tiers, 'MUNICIPALITY', population)?.key ?? null).toBe(key);
    expect(selectTier(masterportal.tiers, 'COUNTY', population)?.key ?? null).toBe(key);
  });

  it('matches by kind: state and federal bodies flat, unknown kinds none', () => {
    expect(selectTier(masterportal.tiers, 'STATE', null)?.key).toBe('STATE');
    expect(selectTier(masterportal.tiers, 'FEDERAL_AGENCY', null)?.key).toBe('STATE');
    expect(selectTier(masterportal.tiers, 'FEDERAL_AGENCY', 80_000_000)?.key).toBe('STATE');
    expect(selectTier(masterportal.tiers, 'UNIVERSITY', 1000)).toBeNull();
  });

  it('an unknown population matches only a tier without bounds', () => {
    expect(selectTier(masterportal.tiers, 'MUNICIPALITY', null)).toBeNull();
    expect(selectTier([tier('A', ['MUNICIPALITY'], null, 100, 1)], 'MUNICIPALITY', null)).toBeNull();
    expect(selectTier([tier('A', ['MUNICIPALITY'], null, null, 1)], 'MUNICIPALITY', null)?.key).toBe('A');
  });

  it('bounds are inclusive at a tier with only a lower or only an upper bound', () => {
    const tiers = [tier('LOW', ['COUNTY'], null, 10, 1), tier('HIGH', ['COUNTY'], 11, null, 2)];
    expect(selectTier(tiers, 'COUNTY', 10)?.key).toBe('LOW');
    expect(selectTier(tiers, 'COUNTY', 11)?.key).toBe('HIGH');
  });

  it('Integreat: 3,500 / 5,000 / 7,000 EUR by inhabitants', () => {
    const integreat: FeeScheduleRule = {
      ...masterportal,
      indexationStartYear: null,
      tiers: [
        tier('A', ['MUNICIPALITY', 'COUNTY'], 0, 100_000, 3_500),
        tier('B', ['MUNICIPALITY', 'COUNTY'], 100_001, 300_000, 5_000),
        tier('C', ['MUNICIPALITY', 'COUNTY'], 300_001, null, 7_000),
      ],
    };
    expect(feeOf(integreat, member({ population: 100_000 }), 2030).amountCents).toBe(EUR(3_500));
    expect(feeOf(integreat, member({ population: 100_001 }), 2030).amountCents).toBe(EUR(5_000));
    expect(feeOf(integreat, member({ population: 300_000 }), 2030).amountCents).toBe(EUR(5_000));
    expect(feeOf(integreat, member({ population: 300_001 }), 2030).amountCents).toBe(EUR(7_000));
  });
});

describe('indexation', () => {
  it('counts the years from the start year on, after the base year', () => {
    expect(indexationYears(masterportal, 2020)).toBe(0);
    expect(indexationYears(masterportal, 2026)).toBe(0);
    expect(indexationYears(masterportal, 2027)).toBe(1);
    expect(indexationYears(masterportal, 2028)).toBe(2);
    expect(indexationYears(masterportal, 2036)).toBe(10);
    expect(indexationYears({ baseYear: 2026, indexationStartYear: null }, 2040)).toBe(0);
    // A start year equal to the base year: the base amounts are that year's, the first step is the next year.
    expect(indexationYears({ baseYear: 2026, indexationStartYear: 2026 }, 2026)).toBe(0);
    expect(indexationYears({ baseYear: 2026, indexationStartYear: 2026 }, 2027)).toBe(1);
    expect(indexationYears({ baseYear: 2020, indexationStartYear: 2027 }, 2027)).toBe(1);
  });

  it('compounds +3 % a year from 2027, exactly', () => {
    const fee = (year: number) => feeOf(masterportal, member({ population: 40_000 }), year).amountCents;
    expect(fee(2025)).toBe(100_000n);
    expect(fee(2026)).toBe(100_000n);
    expect(fee(2027)).toBe(103_000n);
    expect(fee(2028)).toBe(106_090n);
    expect(fee(2029)).toBe(109_273n); // 1092.727 → 1092.73
    expect(fee(2030)).toBe(112_551n); // 1125.50881 → 1125.51
    // Ten years of compounding: 1000 × 1.03^10 = 1343.9163793… → 1343.92
    expect(fee(2036)).toBe(134_392n);
    expect(feeOf(masterportal, member({ kind: 'STATE', population: null }), 2036).amountCents).toBe(1_343_916n);
  });

  it('writes the factor as an exact decimal', () => {
    expect(factorDecimal(300, 0)).toBe('1');
    expect(factorDecimal(300, 1)).toBe('1.03');
    expect(factorDecimal(300, 2)).toBe('1.0609');
    expect(factorDecimal(300, 3)).toBe('1.092727');
    expect(factorDecimal(250, 1)).toBe('1.025');
    expect(factorDecimal(-500, 1)).toBe('0.95');
    expect(factorDecimal(0, 5)).toBe('1');
  });

  it('explains the fee', () => {
    const outcome = feeOf(masterportal, member({ population: 60_000, joinedOn: '2028-04-15' }), 2028);
    expect(outcome.explanation).toMatchObject({
      tierKey: 'M',
      baseCents: 200_000n,
      indexationYears: 2,
      indexationFactor: '1.0609',
      annualCents: 212_180n,
      months: 9,
      amountCents: 159_135n,
      kind: 'MUNICIPALITY',
      population: 60_000,
    });
  });
});

describe('rounding, half-up', () => {
  const rounded = (rounding: FeeRounding, cents: bigint, year = 2026) =>
    annualFee({ ...masterportal, rounding }, cents, year);
  it.each<[FeeRounding, bigint, bigint]>([
    ['CENT', 123_456n, 123_456n],
    ['EURO', 123_449n, 123_400n],
    ['EURO', 123_450n, 123_500n],
    ['EURO', 123_451n, 123_500n],
    ['TEN_EUROS', 123_499n, 123_000n],
    ['TEN_EUROS', 123_500n, 124_000n],
    ['HUNDRED_EUROS', 124_999n, 120_000n],
    ['HUNDRED_EUROS', 125_000n, 130_000n],
    ['HUNDRED_EUROS', 1n, 0n],
  ])('%s: %d cents → %d', (rule, cents, expected) => {
    expect(rounded(rule, cents)).toBe(expected);
  });

  it('rounds the indexed amount, not the base', () => {
    // 1000 × 1.0609 = 1060.90 → 1061 EUR, 1060 EUR to 10, 1100 EUR to 100.
    expect(rounded('EURO', 100_000n, 2028)).toBe(106_100n);
    expect(rounded('TEN_EUROS', 100_000n, 2028)).toBe(106_000n);
    expect(rounded('HUNDRED_EUROS', 100_000n, 2028)).toBe(110_000n);
    // A cent tie: 1.005 → 1.01 (half-up), 0.5 cent → 1 cent.
    expect(roundHalfUp(1005n, 1000n, 1n)).toBe(1n);
    expect(roundHalfUp(1n, 2n, 1n)).toBe(1n);
    expect(roundHalfUp(1n, 3n, 1n)).toBe(0n);
  });

  it('refuses negative amounts', () => {
    expect(() => roundHalfUp(-1n, 1n, 1n)).toThrow(RangeError);
  });
});

describe('pro-rata for the joining year', () => {
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('joined in month %i pays 13 − month twelfths', (month) => {
    const joinedOn = `2026-${String(month).padStart(2, '0')}-15`;
    const outcome = feeOf(masterportal, member({ population: 40_000, joinedOn }), 2026);
    expect(outcome.explanation.months).toBe(13 - month);
    expect(outcome.amountCents).toBe(proRataCents(100_000n, 13 - month));
    expect(outcome.amountCents * 12n - 100_000n * BigInt(13 - month)).toBeGreaterThanOrEqual(-6n);
  });

  it('rounds the twelfths half-up to the cent', () => {
    expect(proRataCents(100_000n, 12)).toBe(100_000n);
    expect(proRataCents(100_000n, 1)).toBe(8_333n); // 8333.33
    expect(proRataCents(100_000n, 5)).toBe(41_667n); // 41666.67
    expect(proRataCents(100_000n, 6)).toBe(50_000n);
    expect(proRataCents(100n, 3)).toBe(25n);
    expect(proRataCents(2n, 3)).toBe(1n); // 0.5 → 1
  });

  it('charges the full year without pro-rata, and from the year after joining', () => {
    expect(liableMonths({ joinedOn: '2026-11-01', leftOn: null }, 2026, 'NONE')).toBe(12);
    expect(liableMonths({ joinedOn: '2026-11-01', leftOn: null }, 2027, 'MONTHS')).toBe(12);
    expect(liableMonths({ joinedOn: null, leftOn: null }, 2027, 'MONTHS')).toBe(12);
  });

  it('charges nobody who joins later or left before the year', () => {
    expect(computeFee(masterportal, member({ joinedOn: '2027-01-01' }), 2026)).toMatchObject({
      kind: 'NOT_LIABLE',
      reason: 'JOINS_LATER',
    });
    expect(computeFee(masterportal, member({ leftOn: '2025-12-31' }), 2026)).toMatchObject({
      kind: 'NOT_LIABLE',
      reason: 'LEFT_BEFORE',
    });
    expect(computeFee(masterportal, member({ leftOn: '2026-01-01' }), 2026).kind).toBe('FEE');
  });
});

describe('exempt and missing tiers', () => {
  it('a tier of 0 exempts', () => {
    expect(computeFee(masterportal, member({ kind: 'IT_SERVICE_PROVIDER', population: null }), 2026).kind).toBe(
      'EXEMPT',
    );
  });

  it('names the member, its kind and population when no tier fits', () => {
    expect(
      computeFee(masterportal, member({ name: 'Uni Nord', kind: 'UNIVERSITY', population: 20_000 }), 2026),
    ).toEqual({
      kind: 'NO_TIER',
      message: msg('schedule.noTier', {
        name: 'Uni Nord',
        kind: 'UNIVERSITY',
        population: msg('schedule.population', { population: 20_000 }),
      }),
    });
    const unknown = computeFee(masterportal, member({ name: 'Kreis X', kind: 'COUNTY', population: null }), 2026);
    expect(unknown.kind === 'NO_TIER' && render(unknown.message, 'en')).toContain(
      'Kreis X (COUNTY, population unknown)',
    );
    expect(unknown.kind === 'NO_TIER' && render(unknown.message, 'de')).toContain(
      'Kreis X (COUNTY, Einwohnerzahl unbekannt)',
    );
  });
});

describe('schedule validation', () => {
  const input = (tiers: FeeTierRule[]) => ({
    baseYear: 2026,
    indexationBasisPoints: 300,
    indexationStartYear: 2027,
    dueDays: 30,
    tiers,
  });

  it('accepts the Masterportal schedule', () => {
    expect(validateSchedule(input([...masterportal.tiers]))).toEqual({});
  });

  it('refuses overlapping tiers of one kind, also at a shared boundary', () => {
    const errors = validateSchedule(
      input([tier('A', ['MUNICIPALITY'], 0, 5_000, 1), tier('B', ['COUNTY', 'MUNICIPALITY'], 5_000, null, 2)]),
    );
    expect(errors['tiers[1]'].map((m) => render(m, 'en'))).toEqual([
      'tier 2 (B) overlaps tier 1 (A) for MUNICIPALITY: population ranges of one kind must not overlap',
    ]);
    expect(
      validateSchedule(input([tier('A', ['MUNICIPALITY'], null, null, 1), tier('B', ['MUNICIPALITY'], 10, 20, 2)]))[
        'tiers[1]'
      ],
    ).toHaveLength(1);
  });

  it('allows the same range for different kinds', () => {
    expect(
      validateSchedule(input([tier('A', ['MUNICIPALITY'], 0, 5_000, 1), tier('B', ['COUNTY'], 0, 5_000, 2)])),
    ).toEqual({});
  });

  it('refuses bounds out of order, a kind twice, no tiers, a start before the base year', () => {
    expect(validateSchedule(input([tier('A', ['MUNICIPALITY'], 10, 9, 1)]))['tiers[0][maxPopulation]']).toHaveLength(1);
    expect(
      validateSchedule(input([tier('A', ['MUNICIPALITY', 'MUNICIPALITY'], 0, 9, 1)]))['tiers[0][kinds]'],
    ).toHaveLength(1);
    expect(validateSchedule(input([])).tiers).toEqual([msg('schedule.needsTier')]);
    expect(
      validateSchedule({ ...input([tier('A', ['STATE'], null, null, 1)]), indexationStartYear: 2020 })
        .indexationStartYear,
    ).toHaveLength(1);
  });

  it('reports gaps in the population ranges', () => {
    expect(coverageGaps(masterportal.tiers)).toEqual([]);
    expect(
      coverageGaps([
        tier('A', ['MUNICIPALITY'], 0, 5_000, 1),
        tier('B', ['MUNICIPALITY'], 10_001, 20_000, 2),
        tier('C', ['COUNTY'], 100, null, 3),
      ]),
    ).toEqual([
      { kind: 'COUNTY', fromPopulation: null, toPopulation: 99 },
      { kind: 'MUNICIPALITY', fromPopulation: 5_001, toPopulation: 10_000 },
      { kind: 'MUNICIPALITY', fromPopulation: 20_001, toPopulation: null },
    ]);
  });
});

describe('invoices', () => {
  it('numbers per year', () => {
    expect(invoiceNumber(2027, 1)).toBe('2027-0001');
    expect(invoiceNumber(2027, 123)).toBe('2027-0123');
    expect(invoiceNumber(2027, 12345)).toBe('2027-12345');
  });

  it('takes its status from the ledger sums', () => {
    expect(invoiceStatus(100n, 0n)).toBe('OPEN');
    expect(invoiceStatus(100n, 1n)).toBe('PARTLY_PAID');
    expect(invoiceStatus(100n, 99n)).toBe('PARTLY_PAID');
    expect(invoiceStatus(100n, 100n)).toBe('PAID');
    expect(invoiceStatus(100n, 101n)).toBe('OVERPAID');
    expect(invoiceStatus(0n, 0n)).toBe('CANCELLED');
    expect(invoiceStatus(0n, 50n)).toBe('CANCELLED');
  });
});

describe('properties', () => {
  const schedule = fc.record({
    baseYear: fc.integer({ min: 2000, max: 2040 }),
    indexationBasisPoints: fc.integer({ min: 0, max: 2_000 }),
    startOffset: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    rounding: fc.constantFrom(...feeRoundings),
    proRata: fc.constantFrom<'NONE' | 'MONTHS'>('NONE', 'MONTHS'),
    baseCents: fc.bigInt({ min: 1n, max: 5_000_000n }),
  });
  const build = (s: {
    baseYear: number;
    indexationBasisPoints: number;
    startOffset: number | null;
    rounding: FeeRounding;
    proRata: 'NONE' | 'MONTHS';
    baseCents: bigint;
  }): FeeScheduleRule => ({
    baseYear: s.baseYear,
    indexationBasisPoints: s.indexationBasisPoints,
    indexationStartYear: s.startOffset === null ? null : s.baseYear + s.startOffset,
    rounding: s.rounding,
    proRata: s.proRata,
    tiers: [
      {
        key: 'T',
        label: 'T',
        kinds: ['MUNICIPALITY'],
        minPopulation: null,
        maxPopulation: null,
        amountCents: s.baseCents,
      },
    ],
  });
  const amount = (rule: FeeScheduleRule, m: FeeMember, year: number) => {
    const outcome = computeFee(rule, m, year);
    return outcome.kind === 'FEE' ? outcome.amountCents : 0n;
  };

  it('is monotone in the year for a positive indexation', () => {
    fc.assert(
      fc.property(schedule, fc.integer({ min: 0, max: 30 }), (s, offset) => {
        const rule = build(s);
        const year = s.baseYear - 5 + offset;
        expect(amount(rule, member({ population: null }), year + 1)).toBeGreaterThanOrEqual(
          amount(rule, member({ population: null }), year),
        );
      }),
    );
  });

  it('is never negative, and pro-rata never exceeds the full fee', () => {
    fc.assert(
      fc.property(schedule, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 12 }), (s, offset, month) => {
        const rule = build(s);
        const year = s.baseYear + offset;
        const full = amount(rule, member({ population: null, joinedOn: `${year - 1}-06-01` }), year);
        const partial = amount(
          rule,
          member({ population: null, joinedOn: `${year}-${String(month).padStart(2, '0')}-01` }),
          year,
        );
        expect(full).toBeGreaterThanOrEqual(0n);
        expect(partial).toBeGreaterThanOrEqual(0n);
        expect(partial).toBeLessThanOrEqual(full);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(schedule, fc.integer({ min: 2000, max: 2060 }), (s, year) => {
        const rule = build(s);
        expect(computeFee(rule, member({ population: null }), year)).toEqual(
          computeFee(build({ ...s }), member({ population: null }), year),
        );
      }),
    );
  });

  it('rounds to within half a unit of the exact value', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 8n }),
        fc.constantFrom(1n, 100n, 1_000n, 10_000n),
        (n, d, unit) => {
          const r = roundHalfUp(n, d, unit);
          expect(r % unit).toBe(0n);
          // |r − n/d| ≤ unit/2  ⇔  |2rd − 2n| ≤ unit·d, and a tie goes up.
          const diff = 2n * r * d - 2n * n;
          expect(diff <= unit * d && diff > -unit * d).toBe(true);
        },
      ),
    );
  });

  it('selects at most one tier of a valid schedule, for any population', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 1_100_000 }),
        (cuts, population) => {
          const sorted = [...cuts].sort((a, b) => a - b);
          const tiers = [0, ...sorted].map((min, i) =>
            tier(`T${i}`, ['COUNTY'], min, i < sorted.length ? sorted[i] - 1 : null, i + 1),
          );
          expect(
            validateSchedule({
              baseYear: 2026,
              indexationBasisPoints: 0,
              indexationStartYear: null,
              dueDays: 30,
              tiers,
            }),
          ).toEqual({});
          expect(coverageGaps(tiers)).toEqual([]);
          expect(tiers.filter((t) => selectTier([t], 'COUNTY', population)).length).toBe(1);
        },
      ),
    );
  });
});
