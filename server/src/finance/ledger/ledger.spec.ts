import fc from 'fast-check';
import { msg } from '../../common/i18n/messages';
import {
  accountCode,
  AccountRef,
  allocationPosting,
  assertBalanced,
  balances,
  contributionPosting,
  costSharePosting,
  disbursementPosting,
  feeInvoicePosting,
  mergeSameAccount,
  paymentPosting,
  Posting,
  providerPaymentPosting,
  reversalPosting,
  UnbalancedPostingError,
} from './ledger';

const sum = (postings: readonly Posting[]) => postings.reduce((total, p) => total + p.amountCents, 0n);
const cents = fc.bigInt({ min: 1n, max: 10n ** 15n - 1n });
const nonPositive = fc.bigInt({ min: -(10n ** 15n), max: 0n });
const id = fc.uuid();
const purpose = fc.option(fc.uuid(), { nil: null });
const account: fc.Arbitrary<AccountRef> = fc.oneof(
  fc.constant({ kind: 'BANK' } as AccountRef),
  id.map((organisationId) => ({ kind: 'RECEIVABLE', organisationId }) as AccountRef),
  id.map((organisationId) => ({ kind: 'PAYABLE', organisationId }) as AccountRef),
  purpose.map((purposeId) => ({ kind: 'FUND', purposeId }) as AccountRef),
  id.map((purposeId) => ({ kind: 'ALLOCATED', purposeId }) as AccountRef),
  fc.constant({ kind: 'INCOME', key: 'FEES' } as AccountRef),
);

/** Any balanced posting a rule can produce. */
const anyRulePosting: fc.Arbitrary<Posting[]> = fc.oneof(
  fc.tuple(id, cents).map(([o, c]) => feeInvoicePosting(o, c)),
  fc.tuple(id, cents).map(([o, c]) => paymentPosting(o, c)),
  fc.tuple(purpose, cents).map(([p, c]) => contributionPosting(p, c)),
  fc
    .tuple(id, fc.array(fc.record({ purposeId: purpose, amountCents: cents }), { minLength: 1, maxLength: 4 }))
    .map(([p, s]) => allocationPosting(p, s)),
  fc.tuple(id, cents).map(([p, c]) => disbursementPosting(p, c)),
  fc
    .tuple(id, fc.array(fc.record({ organisationId: id, amountCents: cents }), { minLength: 1, maxLength: 8 }))
    .map(([p, s]) => costSharePosting(p, s)),
  fc.tuple(id, cents).map(([p, c]) => providerPaymentPosting(p, c)),
);

describe('posting rules', () => {
  it('every rule balances for any valid input, with no zero entry', () => {
    fc.assert(
      fc.property(anyRulePosting, (postings) => {
        expect(sum(postings)).toBe(0n);
        expect(postings.length).toBeGreaterThanOrEqual(2);
        expect(postings.every((p) => p.amountCents !== 0n)).toBe(true);
        expect(() => assertBalanced(postings)).not.toThrow();
      }),
    );
  });

  it('books a fee invoice as a receivable against fee income', () => {
    expect(feeInvoicePosting('org', 150000n)).toEqual([
      { account: { kind: 'RECEIVABLE', organisationId: 'org' }, amountCents: 150000n },
      { account: { kind: 'INCOME', key: 'FEES' }, amountCents: -150000n },
    ]);
  });

  it('a cost share owes the provider the sum of the shares, one receivable per participant', () => {
    fc.assert(
      fc.property(
        id,
        fc.uniqueArray(fc.record({ organisationId: id, amountCents: cents }), {
          minLength: 1,
          maxLength: 8,
          selector: (s) => s.organisationId,
        }),
        (provider, shares) => {
          fc.pre(!shares.some((s) => s.organisationId === provider));
          const postings = costSharePosting(provider, shares);
          const payable = postings.find((p) => p.account.kind === 'PAYABLE');
          expect(payable?.amountCents).toBe(-shares.reduce((t, s) => t + s.amountCents, 0n));
          expect(postings.filter((p) => p.account.kind === 'RECEIVABLE')).toHaveLength(shares.length);
        },
      ),
    );
  });

  it('an allocation drawing twice from the same fund books it once', () => {
    const postings = allocationPosting('p', [
      { purposeId: 'p', amountCents: 100n },
      { purposeId: 'p', amountCents: 50n },
      { purposeId: null, amountCents: 25n },
    ]);
    expect(postings).toEqual([
      { account: { kind: 'FUND', purposeId: 'p' }, amountCents: 150n },
      { account: { kind: 'FUND', purposeId: null }, amountCents: 25n },
      { account: { kind: 'ALLOCATED', purposeId: 'p' }, amountCents: -175n },
    ]);
  });
});

describe('invalid input', () => {
  it.each([
    ['fee', (a: bigint) => feeInvoicePosting('o', a), 'a fee'],
    ['payment', (a: bigint) => paymentPosting('o', a), 'a payment'],
    ['contribution', (a: bigint) => contributionPosting(null, a), 'a contribution'],
    ['disbursement', (a: bigint) => disbursementPosting('p', a), 'a disbursement'],
    ['provider payment', (a: bigint) => providerPaymentPosting('o', a), 'a provider payment'],
    ['share', (a: bigint) => costSharePosting('o', [{ organisationId: 'x', amountCents: a }]), 'a share'],
    [
      'allocation source',
      (a: bigint) => allocationPosting('p', [{ purposeId: null, amountCents: a }]),
      'an allocation source',
    ],
  ])('a %s of zero or less is refused, saying what and what is allowed', (_name, rule, what) => {
    fc.assert(
      fc.property(nonPositive, (amount) => {
        expect(() => rule(amount)).toThrow(new RangeError(`${what} must be a positive number of cents, got ${amount}`));
      }),
    );
  });

  it('an allocation and an agreement need at least one source or share', () => {
    expect(() => allocationPosting('p', [])).toThrow('an allocation must be a positive number of cents, got 0');
    expect(() => costSharePosting('o', [])).toThrow('an agreement total must be a positive number of cents, got 0');
  });

  it('assertBalanced refuses fewer than two entries, a zero entry and an unbalanced sum', () => {
    expect(() => assertBalanced([])).toThrow(new UnbalancedPostingError(msg('posting.tooFewEntries', { entries: 0 })));
    expect(() => assertBalanced([{ account: { kind: 'BANK' }, amountCents: 5n }])).toThrow(
      'a transaction needs at least two entries, got 1',
    );
    expect(() =>
      assertBalanced([
        { account: { kind: 'BANK' }, amountCents: 0n },
        { account: { kind: 'INCOME', key: 'FEES' }, amountCents: 0n },
      ]),
    ).toThrow('an entry of 0 cents on BANK is not allowed');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            account,
            amountCents: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).filter((a) => a !== 0n),
          }),
          { minLength: 2, maxLength: 6 },
        ),
        (postings) => {
          const total = sum(postings);
          fc.pre(total !== 0n);
          expect(() => assertBalanced(postings)).toThrow(
            new UnbalancedPostingError(msg('posting.notZero', { sum: String(total) })),
          );
        },
      ),
    );
  });

  it('a reversal of something unbalanced is refused', () => {
    expect(() =>
      reversalPosting([
        { account: { kind: 'BANK' }, amountCents: 1n },
        { account: { kind: 'INCOME', key: 'FEES' }, amountCents: -2n },
      ]),
    ).toThrow(UnbalancedPostingError);
  });
});

describe('reversal', () => {
  it('of any balanced posting sums to zero with the original, on every account', () => {
    fc.assert(
      fc.property(anyRulePosting, (original) => {
        const reversal = reversalPosting(original);
        expect(sum(reversal)).toBe(0n);
        expect(reversal.map((p) => accountCode(p.account))).toEqual(original.map((p) => accountCode(p.account)));
        for (const balance of balances([...original, ...reversal]).values()) expect(balance).toBe(0n);
      }),
    );
  });
});

describe('mergeSameAccount', () => {
  it('keeps the sum and the balance of every account, with one entry per account and none zero', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ account, amountCents: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }) }), {
          maxLength: 12,
        }),
        (postings) => {
          const merged = mergeSameAccount(postings);
          expect(sum(merged)).toBe(sum(postings));
          const before = balances(postings);
          const after = balances(merged);
          for (const [code, balance] of before) expect(after.get(code) ?? 0n).toBe(balance);
          const codes = merged.map((p) => accountCode(p.account));
          expect(new Set(codes).size).toBe(codes.length);
          expect(merged.every((p) => p.amountCents !== 0n)).toBe(true);
        },
      ),
    );
  });

  it('does not change its input', () => {
    const input: Posting[] = [
      { account: { kind: 'BANK' }, amountCents: 5n },
      { account: { kind: 'BANK' }, amountCents: 7n },
    ];
    mergeSameAccount(input);
    expect(input[0].amountCents).toBe(5n);
  });
});
