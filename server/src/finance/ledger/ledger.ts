/**
 * Posting rules of the one double-entry ledger: pure functions from a business event to the entries of its
 * transaction. Amounts are integer cents as bigint; an entry is a debit when positive and a credit when
 * negative, so every transaction's entries sum to zero. No I/O here: the ledger service writes what these
 * return, and the database checks the same balance again at commit.
 *
 * Accounts (per partnership):
 * - BANK: the partnership's money (debit balance).
 * - RECEIVABLE per organisation: what a member or contributor owes (debit) or has overpaid (credit).
 * - FUND per purpose, or the general fund (purposeId null): fund money not yet allocated (credit balance).
 * - ALLOCATED per purpose: fund money approved for a purpose or request, not yet paid out (credit balance).
 * - PAYABLE per provider organisation: what the partnership owes a provider for agreed work (credit).
 * - INCOME:FEES: membership fees invoiced (credit).
 */

import { type MessageRef, msg, render } from '../../common/i18n/messages';

export type AccountKind = 'BANK' | 'RECEIVABLE' | 'FUND' | 'ALLOCATED' | 'PAYABLE' | 'INCOME' | 'EXPENSE';
export const accountKinds: readonly AccountKind[] = [
  'BANK',
  'RECEIVABLE',
  'FUND',
  'ALLOCATED',
  'PAYABLE',
  'INCOME',
  'EXPENSE',
];

export type TransactionKind =
  | 'FEE_INVOICE'
  | 'PAYMENT'
  | 'FUND_CONTRIBUTION'
  | 'FUND_ALLOCATION'
  | 'FUND_DISBURSEMENT'
  | 'COST_SHARE'
  | 'PROVIDER_PAYMENT'
  | 'REVERSAL';
export const transactionKinds: readonly TransactionKind[] = [
  'FEE_INVOICE',
  'PAYMENT',
  'FUND_CONTRIBUTION',
  'FUND_ALLOCATION',
  'FUND_DISBURSEMENT',
  'COST_SHARE',
  'PROVIDER_PAYMENT',
  'REVERSAL',
];

export type AccountRef =
  | { kind: 'BANK' }
  | { kind: 'RECEIVABLE'; organisationId: string }
  | { kind: 'PAYABLE'; organisationId: string }
  | { kind: 'FUND'; purposeId: string | null }
  | { kind: 'ALLOCATED'; purposeId: string }
  | { kind: 'INCOME'; key: 'FEES' }
  | { kind: 'EXPENSE'; key: string };

export interface Posting {
  account: AccountRef;
  amountCents: bigint;
}

/** The account's stable code, unique per partnership: how the ledger service finds or opens it. */
export function accountCode(account: AccountRef): string {
  switch (account.kind) {
    case 'BANK':
      return 'BANK';
    case 'RECEIVABLE':
    case 'PAYABLE':
      return `${account.kind}:${account.organisationId}`;
    case 'FUND':
      return `FUND:${account.purposeId ?? 'GENERAL'}`;
    case 'ALLOCATED':
      return `ALLOCATED:${account.purposeId}`;
    case 'INCOME':
    case 'EXPENSE':
      return `${account.kind}:${account.key}`;
  }
}

export class UnbalancedPostingError extends Error {
  constructor(readonly messageRef: MessageRef) {
    super(render(messageRef, 'en'));
    this.name = 'UnbalancedPostingError';
  }
}

/** Throws unless the postings form a valid transaction: at least two, none zero, summing to zero. */
export function assertBalanced(postings: readonly Posting[]): void {
  if (postings.length < 2) throw new UnbalancedPostingError(msg('posting.tooFewEntries', { entries: postings.length }));
  const zero = postings.find((p) => p.amountCents === 0n);
  if (zero) throw new UnbalancedPostingError(msg('posting.zeroEntry', { account: accountCode(zero.account) }));
  const sum = postings.reduce((total, p) => total + p.amountCents, 0n);
  if (sum !== 0n) throw new UnbalancedPostingError(msg('posting.notZero', { sum: String(sum) }));
}

function positive(amountCents: bigint, what: string): bigint {
  if (amountCents <= 0n) throw new RangeError(`${what} must be a positive number of cents, got ${amountCents}`);
  return amountCents;
}

function balanced(postings: Posting[]): Posting[] {
  const merged = mergeSameAccount(postings);
  assertBalanced(merged);
  return merged;
}

/** Entries on the same account within one transaction are summed into one (and dropped if they cancel). */
export function mergeSameAccount(postings: readonly Posting[]): Posting[] {
  const byCode = new Map<string, Posting>();
  for (const p of postings) {
    const code = accountCode(p.account);
    const seen = byCode.get(code);
    byCode.set(code, seen ? { account: seen.account, amountCents: seen.amountCents + p.amountCents } : { ...p });
  }
  return [...byCode.values()].filter((p) => p.amountCents !== 0n);
}

/** A yearly fee invoiced: the member owes it, the partnership earns it. */
export function feeInvoicePosting(organisationId: string, amountCents: bigint): Posting[] {
  positive(amountCents, 'a fee');
  return balanced([
    { account: { kind: 'RECEIVABLE', organisationId }, amountCents },
    { account: { kind: 'INCOME', key: 'FEES' }, amountCents: -amountCents },
  ]);
}

/** A member's payment received: the bank grows, what it owes falls (below zero when it overpays). */
export function paymentPosting(organisationId: string, amountCents: bigint): Posting[] {
  positive(amountCents, 'a payment');
  return balanced([
    { account: { kind: 'BANK' }, amountCents },
    { account: { kind: 'RECEIVABLE', organisationId }, amountCents: -amountCents },
  ]);
}

/** A contribution to the development fund received, earmarked to a purpose or (null) to the general fund. */
export function contributionPosting(purposeId: string | null, amountCents: bigint): Posting[] {
  positive(amountCents, 'a contribution');
  return balanced([
    { account: { kind: 'BANK' }, amountCents },
    { account: { kind: 'FUND', purposeId }, amountCents: -amountCents },
  ]);
}

/**
 * An approved allocation moves fund money to the purpose's allocated account, drawing from the given
 * sources (the purpose's earmarked fund first, then the general fund, as the fund service decides).
 */
export function allocationPosting(
  purposeId: string,
  sources: readonly { purposeId: string | null; amountCents: bigint }[],
): Posting[] {
  const total = sources.reduce((sum, s) => sum + positive(s.amountCents, 'an allocation source'), 0n);
  positive(total, 'an allocation');
  return balanced([
    ...sources.map((s) => ({
      account: { kind: 'FUND', purposeId: s.purposeId } as AccountRef,
      amountCents: s.amountCents,
    })),
    { account: { kind: 'ALLOCATED', purposeId }, amountCents: -total },
  ]);
}

/** A disbursement pays a provider from an allocation: the allocated money and the bank both fall. */
export function disbursementPosting(purposeId: string, amountCents: bigint): Posting[] {
  positive(amountCents, 'a disbursement');
  return balanced([
    { account: { kind: 'ALLOCATED', purposeId }, amountCents },
    { account: { kind: 'BANK' }, amountCents: -amountCents },
  ]);
}

/** A financed cost-sharing agreement: each participant owes its share, the partnership owes the provider the total. */
export function costSharePosting(
  providerOrganisationId: string,
  shares: readonly { organisationId: string; amountCents: bigint }[],
): Posting[] {
  const total = shares.reduce((sum, s) => sum + positive(s.amountCents, 'a share'), 0n);
  positive(total, 'an agreement total');
  return balanced([
    ...shares.map((s) => ({
      account: { kind: 'RECEIVABLE', organisationId: s.organisationId } as AccountRef,
      amountCents: s.amountCents,
    })),
    { account: { kind: 'PAYABLE', organisationId: providerOrganisationId }, amountCents: -total },
  ]);
}

/** The partnership pays a provider what it owes for agreed work. */
export function providerPaymentPosting(providerOrganisationId: string, amountCents: bigint): Posting[] {
  positive(amountCents, 'a provider payment');
  return balanced([
    { account: { kind: 'PAYABLE', organisationId: providerOrganisationId }, amountCents },
    { account: { kind: 'BANK' }, amountCents: -amountCents },
  ]);
}

/** The reversal of a transaction: the same entries with opposite signs, so the pair sums to nothing. */
export function reversalPosting(original: readonly Posting[]): Posting[] {
  assertBalanced(original);
  return original.map((p) => ({ account: p.account, amountCents: -p.amountCents }));
}

/** Balance per account code over any list of entries (what a report sums). */
export function balances(postings: readonly Posting[]): Map<string, bigint> {
  const result = new Map<string, bigint>();
  for (const p of postings) {
    const code = accountCode(p.account);
    result.set(code, (result.get(code) ?? 0n) + p.amountCents);
  }
  return result;
}
