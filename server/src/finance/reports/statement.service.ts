import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/graphql/app-error';
import { TransactionKind } from '../ledger/ledger';
import { MemberStatementType, StatementCategory, StatementLineType, StatementSavingType } from './reports.types';

interface LineRow {
  transaction_id: string;
  booked_on: string;
  description: string;
  kind: TransactionKind;
  original_kind: TransactionKind;
  amount_cents: string;
}

const categoryOf: Partial<Record<TransactionKind, StatementCategory>> = {
  FEE_INVOICE: StatementCategory.FEE,
  COST_SHARE: StatementCategory.COST_SHARE,
  PAYMENT: StatementCategory.PAYMENT,
  FUND_CONTRIBUTION: StatementCategory.FUND_CONTRIBUTION,
};

/*
 * Every statement query starts at the organisation's receivable account (unique code per partnership) or
 * at its counterparty rows, so each one is an index range scan over that organisation's entries of one year
 * (ledger_entries_account_booked includes the amount; ledger_transactions_counterparty covers the rest),
 * however long the partnership's history. A reversal counts where its original did (original_kind).
 */
const ACCOUNT = `(SELECT id FROM finance_accounts WHERE partnership_id = $1 AND code = 'RECEIVABLE:' || $2::text)`;

const OPENING_SQL = `SELECT coalesce(sum(e.amount_cents), 0)::text AS cents FROM ledger_entries e WHERE e.account_id = ${ACCOUNT} AND e.booked_on < $3::date`;

const LINES_SQL = `
  SELECT t.id AS transaction_id, t.booked_on::text AS booked_on, t.description, t.kind, coalesce(o.kind, t.kind) AS original_kind, e.amount_cents::text AS amount_cents
    FROM ledger_entries e
    JOIN ledger_transactions t ON t.id = e.transaction_id
    LEFT JOIN ledger_transactions o ON o.id = t.reverses_id
   WHERE e.account_id = ${ACCOUNT} AND e.booked_on BETWEEN $3::date AND $4::date
   ORDER BY e.booked_on, t.created_at, e.id`;

const CONTRIBUTIONS_SQL = `
  SELECT t.id AS transaction_id, t.booked_on::text AS booked_on, t.description, t.kind, coalesce(o.kind, t.kind) AS original_kind,
         (SELECT -sum(x.amount_cents) FROM ledger_entries x JOIN finance_accounts a ON a.id = x.account_id WHERE x.transaction_id = t.id AND a.kind = 'FUND')::text AS amount_cents
    FROM ledger_transactions t
    LEFT JOIN ledger_transactions o ON o.id = t.reverses_id
   WHERE t.partnership_id = $1 AND t.counterparty_organisation_id = $2::uuid AND t.booked_on BETWEEN $3::date AND $4::date
     AND coalesce(o.kind, t.kind) = 'FUND_CONTRIBUTION'
   ORDER BY t.booked_on, t.created_at, t.id`;

// Per agreement: the organisation's receivable debit is its share, the provider's payable credit the total.
const SAVINGS_SQL = `
  SELECT t.source_id AS agreement_id, coalesce(min(ca.title), min(t.description)) AS title,
         sum(e.amount_cents)::text AS share_cents, sum(p.cents)::text AS total_cents
    FROM ledger_entries e
    JOIN ledger_transactions t ON t.id = e.transaction_id
    LEFT JOIN ledger_transactions o ON o.id = t.reverses_id
    CROSS JOIN LATERAL (
      SELECT -coalesce(sum(x.amount_cents), 0) AS cents FROM ledger_entries x JOIN finance_accounts a ON a.id = x.account_id
       WHERE x.transaction_id = t.id AND a.kind = 'PAYABLE') p
    LEFT JOIN cost_agreements ca ON ca.id = t.source_id
   WHERE e.account_id = ${ACCOUNT} AND e.booked_on BETWEEN $3::date AND $4::date
     AND t.source_type = 'COST_AGREEMENT' AND coalesce(o.kind, t.kind) = 'COST_SHARE'
   GROUP BY t.source_id
  HAVING sum(e.amount_cents) <> 0 OR sum(p.cents) <> 0
   ORDER BY 2`;

const YEARS_SQL = `
  SELECT DISTINCT extract(year FROM d)::int AS year FROM (
    SELECT e.booked_on AS d FROM ledger_entries e WHERE e.account_id = ${ACCOUNT}
    UNION ALL
    SELECT t.booked_on FROM ledger_transactions t WHERE t.partnership_id = $1 AND t.counterparty_organisation_id = $2::uuid
  ) dates ORDER BY 1 DESC`;

/** Member statements: only sums over the ledger plus names, never a stored balance. */
@Injectable()
export class StatementService {
  constructor(private readonly dataSource: DataSource) {}

  async statement(partnershipId: string, organisationId: string, year: number): Promise<MemberStatementType> {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const args = [partnershipId, organisationId, from, to];
    // Independent reads on separate pooled connections: the statement costs the slowest, not the sum.
    const [organisation, opening, lines, contributions, savings, years] = await Promise.all([
      this.dataSource.query(`SELECT name FROM organisations WHERE id = $1`, [organisationId]) as Promise<{ name: string }[]>,
      this.dataSource.query(OPENING_SQL, [partnershipId, organisationId, from]) as Promise<{ cents: string }[]>,
      this.dataSource.query(LINES_SQL, args) as Promise<LineRow[]>,
      this.dataSource.query(CONTRIBUTIONS_SQL, args) as Promise<LineRow[]>,
      this.dataSource.query(SAVINGS_SQL, args) as Promise<{ agreement_id: string; title: string; share_cents: string; total_cents: string }[]>,
      this.dataSource.query(YEARS_SQL, [partnershipId, organisationId]) as Promise<{ year: number }[]>,
    ]);
    if (!organisation[0]) throw new AppError('NOT_FOUND', `No organisation ${organisationId}`);

    const accountLines = lines.map(toLine);
    const totals = new Map<StatementCategory, bigint>();
    for (const line of accountLines) totals.set(line.category, (totals.get(line.category) ?? 0n) + BigInt(line.amountCents));
    const openingCents = BigInt(opening[0]?.cents ?? '0');
    const movement = accountLines.reduce((sum, line) => sum + BigInt(line.amountCents), 0n);
    const savingRows: StatementSavingType[] = savings.map((s) => ({
      agreementId: s.agreement_id,
      title: s.title,
      totalCents: s.total_cents,
      shareCents: s.share_cents,
      savedCents: (BigInt(s.total_cents) - BigInt(s.share_cents)).toString(),
    }));
    const contributionLines = contributions.map(toLine);
    return {
      partnershipId,
      organisationId,
      organisationName: organisation[0].name,
      year,
      openingBalanceCents: openingCents.toString(),
      feesCents: (totals.get(StatementCategory.FEE) ?? 0n).toString(),
      costSharesCents: (totals.get(StatementCategory.COST_SHARE) ?? 0n).toString(),
      paymentsCents: (-(totals.get(StatementCategory.PAYMENT) ?? 0n)).toString(),
      otherCents: ((totals.get(StatementCategory.OTHER) ?? 0n) + (totals.get(StatementCategory.FUND_CONTRIBUTION) ?? 0n)).toString(),
      closingBalanceCents: (openingCents + movement).toString(),
      fundContributionsCents: contributionLines.reduce((sum, line) => sum + BigInt(line.amountCents), 0n).toString(),
      savedCents: savingRows.reduce((sum, s) => sum + BigInt(s.savedCents), 0n).toString(),
      lines: accountLines,
      contributions: contributionLines,
      savings: savingRows,
      years: years.map((y) => y.year),
    };
  }
}

function toLine(r: LineRow): StatementLineType {
  return {
    transactionId: r.transaction_id,
    bookedOn: r.booked_on,
    description: r.description,
    kind: r.kind,
    category: categoryOf[r.original_kind] ?? StatementCategory.OTHER,
    amountCents: r.amount_cents ?? '0',
  };
}
