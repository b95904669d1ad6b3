import fc from 'fast-check';
import { eurosText } from '../../common/money';
import { render } from '../../common/i18n/messages';
import {
  allocationSources,
  availableForProposal,
  contributionProblem,
  defaultPurposes,
  percentText,
  purposeKeyOf,
  reorder,
  sharesOf,
} from './fund-rules';

const cents = fc.bigInt({ min: 0n, max: 10n ** 12n });
const positiveCents = fc.bigInt({ min: 1n, max: 10n ** 12n });

describe('defaults', () => {
  it('has the five Masterportal purposes with unique keys', () => {
    expect(defaultPurposes.map((p) => p.key)).toEqual([
      'issue-fixes',
      'optimisation',
      'feature-requests',
      'documentation',
      'lts-security',
    ]);
  });
});

describe('purposeKeyOf', () => {
  it('slugs the label and avoids taken keys', () => {
    expect(purposeKeyOf('Barrierefreiheit & Tests', new Set())).toBe('barrierefreiheit-tests');
    expect(purposeKeyOf('Übersetzung', new Set(['ubersetzung']))).toBe('ubersetzung-2');
    expect(purposeKeyOf('!!!', new Set())).toBe('purpose');
  });
  it('always gives a valid, free key', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 8 })), (label, taken) => {
        const set = new Set(taken);
        const key = purposeKeyOf(label, set);
        expect(key).toMatch(/^[a-z0-9][a-z0-9-]{0,59}$/);
        expect(set.has(key)).toBe(false);
      }),
    );
  });
});

describe('eurosText', () => {
  it('formats German euros', () => {
    expect(eurosText(100000n)).toBe('1.000,00 EUR');
    expect(eurosText(99999n)).toBe('999,99 EUR');
    expect(eurosText(5n)).toBe('0,05 EUR');
    expect(eurosText(123456789012n)).toBe('1.234.567.890,12 EUR');
  });
});

describe('contributionProblem', () => {
  const base = { minimumCents: 100000n, year: 2026 };
  it('refuses a first contribution below the minimum, naming both', () => {
    const problem = contributionProblem({ ...base, amountCents: 99999n, alreadyThisYearCents: 0n });
    expect(problem && render(problem, 'de')).toBe(
      'Der erste Beitrag für 2026 muss mindestens den Mindestbeitrag von 1.000,00\u00a0€ erreichen, angegeben: 999,99\u00a0€',
    );
    expect(problem && render(problem, 'en')).toBe(
      'the first contribution of 2026 must be at least the minimum of €1,000.00, got €999.99',
    );
  });
  it('accepts the minimum exactly, and any top-up afterwards', () => {
    expect(contributionProblem({ ...base, amountCents: 100000n, alreadyThisYearCents: 0n })).toBeNull();
    expect(contributionProblem({ ...base, amountCents: 1n, alreadyThisYearCents: 100000n })).toBeNull();
  });
  it('refuses zero or negative amounts always', () => {
    expect(contributionProblem({ ...base, amountCents: 0n, alreadyThisYearCents: 100000n })?.key).toBe(
      'fund.positiveAmount',
    );
  });
  it('property: refused exactly when first and below the minimum', () => {
    fc.assert(
      fc.property(positiveCents, cents, cents, (amount, minimum, already) => {
        const problem = contributionProblem({
          amountCents: amount,
          minimumCents: minimum,
          alreadyThisYearCents: already,
          year: 2025,
        });
        expect(problem !== null).toBe(already === 0n && amount < minimum);
      }),
    );
  });
});

describe('allocationSources', () => {
  it('takes the earmarked balance first, then the general fund', () => {
    expect(allocationSources('p', 500n, { earmarkedCents: 300n, generalCents: 1000n })).toEqual([
      { purposeId: 'p', amountCents: 300n },
      { purposeId: null, amountCents: 200n },
    ]);
    expect(allocationSources('p', 200n, { earmarkedCents: 300n, generalCents: 0n })).toEqual([
      { purposeId: 'p', amountCents: 200n },
    ]);
    expect(allocationSources('p', 200n, { earmarkedCents: 0n, generalCents: 200n })).toEqual([
      { purposeId: null, amountCents: 200n },
    ]);
  });
  it('refuses what both pools cannot give', () => {
    expect(allocationSources('p', 501n, { earmarkedCents: 300n, generalCents: 200n })).toBeNull();
    expect(allocationSources('p', 0n, { earmarkedCents: 300n, generalCents: 200n })).toBeNull();
  });
  it('property: sources sum to the amount, earmarked first, never more than a pool holds', () => {
    fc.assert(
      fc.property(positiveCents, cents, cents, (amount, earmarked, general) => {
        const sources = allocationSources('p', amount, { earmarkedCents: earmarked, generalCents: general });
        if (earmarked + general < amount) return expect(sources).toBeNull();
        expect(sources).not.toBeNull();
        const fromEarmarked = sources!.find((s) => s.purposeId === 'p')?.amountCents ?? 0n;
        const fromGeneral = sources!.find((s) => s.purposeId === null)?.amountCents ?? 0n;
        expect(fromEarmarked + fromGeneral).toBe(amount);
        expect(fromEarmarked <= earmarked && fromGeneral <= general).toBe(true);
        if (fromGeneral > 0n) expect(fromEarmarked).toBe(earmarked);
        expect(sources!.every((s) => s.amountCents > 0n)).toBe(true);
      }),
    );
  });
});

describe('availableForProposal', () => {
  it('serves pending proposals from their own purpose first, then the general fund', () => {
    const balances = new Map<string | null, bigint>([
      ['a', 300n],
      ['b', 100n],
      [null, 1000n],
    ]);
    expect(availableForProposal('a', balances, [])).toBe(1300n);
    // b's pending 400 takes b's 100 and 300 of the general fund.
    expect(availableForProposal('a', balances, [{ purposeId: 'b', amountCents: 400n }])).toBe(1000n);
    expect(availableForProposal('b', balances, [{ purposeId: 'b', amountCents: 400n }])).toBe(700n);
    expect(availableForProposal('a', balances, [{ purposeId: 'b', amountCents: 5000n }])).toBe(300n);
  });
  it('property: granting what is available never overdraws the pools when all pending are approved in order', () => {
    const purpose = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(
        fc.record({ a: cents, b: cents, c: cents, general: cents }),
        fc.array(fc.record({ purposeId: purpose, amountCents: positiveCents }), { maxLength: 6 }),
        purpose,
        (pools, requested, target) => {
          const balances = new Map<string | null, bigint>([
            ['a', pools.a],
            ['b', pools.b],
            ['c', pools.c],
            [null, pools.general],
          ]);
          // Build pending proposals the way the service does: each refused unless available.
          const pending: { purposeId: string; amountCents: bigint }[] = [];
          for (const r of requested)
            if (r.amountCents <= availableForProposal(r.purposeId, balances, pending)) pending.push(r);
          const available = availableForProposal(target, balances, pending);
          const all = [...pending, ...(available > 0n ? [{ purposeId: target, amountCents: available }] : [])];
          const left = new Map(balances);
          for (const p of all) {
            const sources = allocationSources(p.purposeId, p.amountCents, {
              earmarkedCents: left.get(p.purposeId) ?? 0n,
              generalCents: left.get(null) ?? 0n,
            });
            expect(sources).not.toBeNull();
            for (const s of sources!) left.set(s.purposeId, (left.get(s.purposeId) ?? 0n) - s.amountCents);
          }
          for (const value of left.values()) expect(value >= 0n).toBe(true);
        },
      ),
    );
  });
});

describe('sharesOf', () => {
  it('splits 1/3 each into 33.34 + 33.33 + 33.33 with a deterministic tie-break', () => {
    const shares = sharesOf([
      { key: 'c', amountCents: 100n },
      { key: 'a', amountCents: 100n },
      { key: 'b', amountCents: 100n },
    ]);
    expect(shares.map((s) => [s.key, s.basisPoints])).toEqual([
      ['c', 3333],
      ['a', 3334],
      ['b', 3333],
    ]);
  });
  it('drops contributors with nothing and is empty for an empty fund', () => {
    expect(sharesOf([{ key: 'a', amountCents: 0n }])).toEqual([]);
    expect(
      sharesOf([
        { key: 'a', amountCents: 5n },
        { key: 'b', amountCents: 0n },
      ]),
    ).toEqual([{ key: 'a', amountCents: 5n, basisPoints: 10000 }]);
  });
  it('property: adds up to 10000, each within one point of its exact value, same input same output', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 4 }), amountCents: positiveCents }), {
          selector: (r) => r.key,
          minLength: 1,
          maxLength: 60,
        }),
        (rows) => {
          const shares = sharesOf(rows);
          const total = rows.reduce((s, r) => s + r.amountCents, 0n);
          expect(shares.reduce((s, r) => s + r.basisPoints, 0)).toBe(10000);
          for (const s of shares) {
            const exactTimesTotal = s.amountCents * 10000n;
            const mine = BigInt(s.basisPoints) * total;
            const diff = mine > exactTimesTotal ? mine - exactTimesTotal : exactTimesTotal - mine;
            expect(diff < total).toBe(true);
          }
          expect(sharesOf([...rows].reverse()).sort((x, y) => (x.key < y.key ? -1 : 1))).toEqual(
            [...shares].sort((x, y) => (x.key < y.key ? -1 : 1)),
          );
        },
      ),
    );
  });
});

describe('percentText and reorder', () => {
  it('formats basis points', () => {
    expect(percentText(10000)).toBe('100.00');
    expect(percentText(1234)).toBe('12.34');
    expect(percentText(5)).toBe('0.05');
  });
  it('moves one item and keeps the others in order', () => {
    expect(reorder(['a', 'b', 'c', 'd'], 'd', 1)).toEqual(['d', 'a', 'b', 'c']);
    expect(reorder(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { minLength: 1 }),
        fc.nat(),
        fc.integer({ min: -5, max: 50 }),
        (ids, pick, position) => {
          const list = ids.map(String);
          const moved = list[pick % list.length];
          const result = reorder(list, moved, position);
          expect([...result].sort()).toEqual([...list].sort());
          expect(result.filter((x) => x !== moved)).toEqual(list.filter((x) => x !== moved));
        },
      ),
    );
  });
});
