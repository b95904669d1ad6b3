import type { LedgerTransactionsQuery, TransactionKind } from '../../../generated/graphql';

export type LedgerNode = LedgerTransactionsQuery['ledgerTransactions']['nodes'][number];

export const transactionKinds: TransactionKind[] = [
  'FEE_INVOICE',
  'PAYMENT',
  'FUND_CONTRIBUTION',
  'FUND_ALLOCATION',
  'FUND_DISBURSEMENT',
  'COST_SHARE',
  'PROVIDER_PAYMENT',
  'REVERSAL',
];

/** The amount a movement moves: the sum of its debits (equal to its credits), as cents. */
export function movedCents(node: Pick<LedgerNode, 'entries'>): string {
  return node.entries
    .reduce((sum, e) => (BigInt(e.amountCents) > 0n ? sum + BigInt(e.amountCents) : sum), 0n)
    .toString();
}
