import { EntityManager } from 'typeorm';
import type { MessageKey, ParamValue } from '../../common/i18n/messages';
import { AccountKind, TransactionKind } from './ledger';

/**
 * Every read of the ledger's tables by the other finance domains (fund, fees, agreements, reports): the SQL
 * that knows the tables, their joins and that a reversal carries its original's source and counterparty
 * lives here and nowhere else. Writes go through LedgerService.
 *
 * Two shapes. Functions take a DataSource or the caller's EntityManager (so they read inside its
 * transaction), run one statement and return typed values. Where a domain must join its own tables to the
 * sums in the same statement (to filter, page or label by them), a `...Sql` builder returns a parenthesised
 * subquery with documented columns instead; its placeholders and expressions are the caller's, its kinds
 * and source types constants checked here. Money: integer cents, debit positive, credit negative.
 */

/** A DataSource, or the EntityManager of the caller's transaction. */
export type Queryable = Pick<EntityManager, 'query'>;

/** A ledger line as a statement shows it: a reversal also says the kind of the transaction it reverses. */
export interface LedgerLine {
  transactionId: string;
  bookedOn: string;
  /** The booking text: `description` for rows before keyed texts, else key and parameters (renderStored). */
  description: string | null;
  descriptionKey: MessageKey | null;
  descriptionParams: Record<string, ParamValue> | null;
  kind: TransactionKind;
  /** The reversed transaction's kind for a reversal, else the transaction's own. */
  originalKind: TransactionKind;
  /** Decimal string; null when the transaction has no entry on the accounts asked about. */
  amountCents: string | null;
}

/** A kind or source type spelled into SQL: only the upper-case names the schema allows, never input. */
function literal(name: string): string {
  if (!/^[A-Z_]{1,40}$/.test(name)) throw new Error(`not a ledger kind or source type: ${name}`);
  return `'${name}'`;
}

const LINE_COLUMNS = `t.id AS "transactionId", t.booked_on::text AS "bookedOn", t.description, t.description_key AS "descriptionKey", t.description_params AS "descriptionParams", t.kind, coalesce(o.kind, t.kind) AS "originalKind"`;

/** The organisation's receivable account (its code is unique per partnership). */
function receivableAccount(partnership: string, organisation: string): string {
  return `(SELECT id FROM finance_accounts WHERE partnership_id = ${partnership} AND code = 'RECEIVABLE:' || ${organisation}::text)`;
}
const RECEIVABLE = receivableAccount('$1', '$2');

// ---- Single transactions ---------------------------------------------------------------------------------

/** The id of the reversal that cancels the transaction, or null (a transaction is reversed at most once). */
export async function reversalOf(
  db: Queryable,
  partnershipId: string,
  transactionId: string | null,
): Promise<string | null> {
  const [row] = await db.query(`SELECT id FROM ledger_transactions WHERE partnership_id = $1 AND reverses_id = $2`, [
    partnershipId,
    transactionId,
  ]);
  return row?.id ?? null;
}

/** The transaction's booking date, YYYY-MM-DD, or null when there is no such transaction. */
export async function bookingDateOf(
  db: Queryable,
  partnershipId: string,
  transactionId: string | null,
): Promise<string | null> {
  const [row] = await db.query(
    `SELECT booked_on::text AS booked_on FROM ledger_transactions WHERE partnership_id = $1 AND id = $2`,
    [partnershipId, transactionId],
  );
  return row?.booked_on ?? null;
}

/** The earliest booking date of a record's transactions of one kind (reversed ones included), or null. */
export async function firstBookingDate(
  db: Queryable,
  partnershipId: string,
  source: { type: string; id: string },
  kind: TransactionKind,
): Promise<string | null> {
  const [row] = await db.query(
    `SELECT min(booked_on)::text AS booked_on FROM ledger_transactions WHERE partnership_id = $1 AND source_type = $2 AND source_id = $3 AND kind = $4`,
    [partnershipId, source.type, source.id, kind],
  );
  return row?.booked_on ?? null;
}

// ---- Balances --------------------------------------------------------------------------------------------

/** Balance per purpose (null: the general pool) of the partnership's accounts of one kind that have entries. */
export async function balancesByPurpose(
  db: Queryable,
  partnershipId: string,
  kind: 'FUND' | 'ALLOCATED',
): Promise<Map<string | null, bigint>> {
  const rows: { purpose_id: string | null; balance: string }[] = await db.query(
    `SELECT a.purpose_id, sum(e.amount_cents)::text AS balance
       FROM finance_accounts a JOIN ledger_entries e ON e.account_id = a.id
      WHERE a.partnership_id = $1 AND a.kind = $2
      GROUP BY a.purpose_id`,
    [partnershipId, kind],
  );
  return new Map(rows.map((r) => [r.purpose_id, BigInt(r.balance)]));
}

/** Net on accounts of one kind of a counterparty's transactions from one source type booked in a calendar year. */
export async function counterpartyNetInYear(
  db: Queryable,
  partnershipId: string,
  q: { organisationId: string; sourceType: string; accountKind: AccountKind; year: number },
): Promise<bigint> {
  const [{ total }] = await db.query(
    `SELECT coalesce(sum(e.amount_cents), 0)::text AS total
       FROM ledger_transactions t JOIN ledger_entries e ON e.transaction_id = t.id JOIN finance_accounts a ON a.id = e.account_id AND a.kind = $5
      WHERE t.partnership_id = $1 AND t.source_type = $4 AND t.counterparty_organisation_id = $2
        AND t.booked_on >= make_date($3, 1, 1) AND t.booked_on < make_date($3 + 1, 1, 1)`,
    [partnershipId, q.organisationId, q.year, q.sourceType, q.accountKind],
  );
  return BigInt(total);
}

/**
 * Per record, its provider's PAYABLE: what was paid (PROVIDER_PAYMENT debits) and what is still owed (the
 * credit balance), both net of reversals; a reversal counts as the kind it reverses. Keyed by record id, as
 * the per-request loaders ask (the ids are the tenant's own).
 */
export async function payablesBySource(
  db: Queryable,
  sourceType: string,
  sourceIds: readonly string[],
): Promise<Map<string, { paidCents: bigint; owedCents: bigint }>> {
  const rows: { source_id: string; paid: string; owed: string }[] = await db.query(
    `SELECT t.source_id,
            coalesce(sum(e.amount_cents) FILTER (WHERE coalesce(o.kind, t.kind) = 'PROVIDER_PAYMENT'), 0)::text AS paid,
            (-sum(e.amount_cents))::text AS owed
       FROM ledger_transactions t
       JOIN ledger_entries e ON e.transaction_id = t.id
       JOIN finance_accounts a ON a.id = e.account_id AND a.kind = 'PAYABLE'
       LEFT JOIN ledger_transactions o ON o.id = t.reverses_id
      WHERE t.source_type = $1 AND t.source_id = ANY($2::uuid[])
      GROUP BY t.source_id`,
    [sourceType, sourceIds],
  );
  return new Map(rows.map((r) => [r.source_id, { paidCents: BigInt(r.paid), owedCents: BigInt(r.owed) }]));
}

/** The fund's accounts (FUND, ALLOCATED) summed in one pass; a reversal counts as the kind it reverses, in the year it is booked. */
export interface FundAccountSums {
  /** Per account kind, purpose (null: the general fund) and transaction kind. */
  pools: { accountKind: 'FUND' | 'ALLOCATED'; purposeId: string | null; kind: TransactionKind; cents: bigint }[];
  /** FUND_CONTRIBUTION transactions only: per contributor and booking year, their entries on these accounts. */
  contributions: { organisationId: string; year: number; cents: bigint }[];
}

/** One statement however large the ledger: the fund's transactions come from the source index, entries per account. */
export async function fundAccountSums(db: Queryable, partnershipId: string): Promise<FundAccountSums> {
  const rows: {
    per_contributor: number;
    account_kind: 'FUND' | 'ALLOCATED';
    purpose_id: string | null;
    kind: TransactionKind;
    org: string | null;
    year: number;
    total: string;
  }[] = await db.query(
    `WITH acc AS (
       SELECT id, kind, purpose_id FROM finance_accounts WHERE partnership_id = $1 AND kind IN ('FUND', 'ALLOCATED')),
     ent AS MATERIALIZED (
       SELECT acc.kind AS account_kind, acc.purpose_id, e.transaction_id, e.amount_cents
         FROM acc CROSS JOIN LATERAL (SELECT transaction_id, amount_cents FROM ledger_entries WHERE account_id = acc.id OFFSET 0) e),
     tx AS MATERIALIZED (
       SELECT id, kind, CASE WHEN kind = 'FUND_CONTRIBUTION' THEN org END AS org, CASE WHEN kind = 'FUND_CONTRIBUTION' THEN year ELSE 0 END AS year
         FROM (SELECT t.id, CASE WHEN t.reverses_id IS NULL THEN t.kind ELSE (SELECT o.kind FROM ledger_transactions o WHERE o.id = t.reverses_id) END AS kind,
                      t.counterparty_organisation_id AS org, extract(year FROM t.booked_on)::int AS year
                 FROM ledger_transactions t
                WHERE t.partnership_id = $1 AND t.source_type IN ('FUND_CONTRIBUTION', 'FUND_ALLOCATION')) k)
     SELECT GROUPING(ent.account_kind) AS per_contributor, ent.account_kind, ent.purpose_id, tx.kind, tx.org, tx.year, sum(ent.amount_cents)::text AS total
       FROM ent JOIN tx ON tx.id = ent.transaction_id
      GROUP BY GROUPING SETS ((ent.account_kind, ent.purpose_id, tx.kind), (tx.org, tx.year))`,
    [partnershipId],
  );
  const sums: FundAccountSums = { pools: [], contributions: [] };
  for (const r of rows) {
    if (!r.per_contributor)
      sums.pools.push({ accountKind: r.account_kind, purposeId: r.purpose_id, kind: r.kind, cents: BigInt(r.total) });
    else if (r.org) sums.contributions.push({ organisationId: r.org, year: r.year, cents: BigInt(r.total) });
  }
  return sums;
}

// ---- An organisation's receivable and counterparty transactions (member statements) --------------------
// Each starts at the organisation's receivable account or at its counterparty rows, so each is an index range
// scan over that organisation's entries (ledger_entries_account_booked includes the amount;
// ledger_transactions_counterparty covers the rest), however long the partnership's history.

/** The organisation's receivable balance before a day (positive: it owes, negative: credit). */
export async function receivableBalanceBefore(
  db: Queryable,
  partnershipId: string,
  organisationId: string,
  before: string,
): Promise<bigint> {
  const [row] = await db.query(
    `SELECT coalesce(sum(e.amount_cents), 0)::text AS cents FROM ledger_entries e WHERE e.account_id = ${RECEIVABLE} AND e.booked_on < $3::date`,
    [partnershipId, organisationId, before],
  );
  return BigInt(row?.cents ?? '0');
}

/** The entries on the organisation's receivable booked from..to (inclusive), in booking order. */
export function receivableLines(
  db: Queryable,
  partnershipId: string,
  organisationId: string,
  from: string,
  to: string,
): Promise<LedgerLine[]> {
  return db.query(
    `SELECT ${LINE_COLUMNS}, e.amount_cents::text AS "amountCents"
       FROM ledger_entries e
       JOIN ledger_transactions t ON t.id = e.transaction_id
       LEFT JOIN ledger_transactions o ON o.id = t.reverses_id
      WHERE e.account_id = ${RECEIVABLE} AND e.booked_on BETWEEN $3::date AND $4::date
      ORDER BY e.booked_on, t.created_at, e.id`,
    [partnershipId, organisationId, from, to],
  );
}

/** The organisation's fund contributions booked from..to and their reversals; the amount is what reached the fund (its FUND credits). */
export function fundContributionLines(
  db: Queryable,
  partnershipId: string,
  organisationId: string,
  from: string,
  to: string,
): Promise<LedgerLine[]> {
  return db.query(
    `SELECT ${LINE_COLUMNS},
            (SELECT -sum(x.amount_cents) FROM ledger_entries x JOIN finance_accounts a ON a.id = x.account_id WHERE x.transaction_id = t.id AND a.kind = 'FUND')::text AS "amountCents"
       FROM ledger_transactions t
       LEFT JOIN ledger_transactions o ON o.id = t.reverses_id
      WHERE t.partnership_id = $1 AND t.counterparty_organisation_id = $2::uuid AND t.booked_on BETWEEN $3::date AND $4::date
        AND coalesce(o.kind, t.kind) = 'FUND_CONTRIBUTION'
      ORDER BY t.booked_on, t.created_at, t.id`,
    [partnershipId, organisationId, from, to],
  );
}

/** The years, newest first, in which the organisation's receivable or its counterparty transactions were booked. */
export async function activityYears(db: Queryable, partnershipId: string, organisationId: string): Promise<number[]> {
  const rows: { year: number }[] = await db.query(
    `SELECT DISTINCT extract(year FROM d)::int AS year FROM (
       SELECT e.booked_on AS d FROM ledger_entries e WHERE e.account_id = ${RECEIVABLE}
       UNION ALL
       SELECT t.booked_on FROM ledger_transactions t WHERE t.partnership_id = $1 AND t.counterparty_organisation_id = $2::uuid
     ) dates ORDER BY 1 DESC`,
    [partnershipId, organisationId],
  );
  return rows.map((r) => r.year);
}

/**
 * Columns (source_id, description, share_cents, total_cents), one row per COST_AGREEMENT record with a
 * non-zero sum: the organisation's receivable debits by the record's COST_SHARE transactions (and their
 * reversals) booked from..to, and the PAYABLE credits of the same transactions (the agreement's total).
 * `description` is the earliest of the transactions' typed descriptions (rows from before keyed booking texts), for
 * a record the caller cannot name; null when all are keyed.
 */
export function costSharesOfSql(p: { partnership: string; organisation: string; from: string; to: string }): string {
  return `(SELECT t.source_id, min(t.description) AS description, sum(e.amount_cents) AS share_cents, sum(p.cents) AS total_cents
      FROM ledger_entries e
      JOIN ledger_transactions t ON t.id = e.transaction_id
      LEFT JOIN ledger_transactions o ON o.id = t.reverses_id
      CROSS JOIN LATERAL (
        SELECT -coalesce(sum(x.amount_cents), 0) AS cents FROM ledger_entries x JOIN finance_accounts a ON a.id = x.account_id
         WHERE x.transaction_id = t.id AND a.kind = 'PAYABLE') p
     WHERE e.account_id = ${receivableAccount(p.partnership, p.organisation)}
       AND e.booked_on BETWEEN ${p.from}::date AND ${p.to}::date
       AND t.source_type = 'COST_AGREEMENT' AND coalesce(o.kind, t.kind) = 'COST_SHARE'
     GROUP BY t.source_id
    HAVING sum(e.amount_cents) <> 0 OR sum(p.cents) <> 0)`;
}

// ---- Sums by record, purpose, year (fees, fund, transparency) --------------------------------------------

/**
 * Columns (source_id, and per asked account kind a column named after it in lower case, e.g. `receivable`):
 * the net of each record's transactions on accounts of that kind, reversals included. `sourceIds` is what
 * goes inside `t.source_id IN (...)`: a subquery over the caller's table, or a correlated column.
 * A record without such entries has no row.
 */
export function netBySourceSql(p: {
  partnership: string;
  sourceType: string;
  sourceIds: string;
  accountKinds: readonly AccountKind[];
}): string {
  const kinds = p.accountKinds.map(literal);
  const columns = p.accountKinds.map(
    (k, i) => `sum(e.amount_cents) FILTER (WHERE a.kind = ${kinds[i]}) AS ${k.toLowerCase()}`,
  );
  return `(SELECT t.source_id, ${columns.join(', ')}
      FROM ledger_transactions t
      JOIN ledger_entries e ON e.transaction_id = t.id
      JOIN finance_accounts a ON a.id = e.account_id AND a.kind IN (${kinds.join(', ')})
     WHERE t.partnership_id = ${p.partnership} AND t.source_type = ${literal(p.sourceType)} AND t.source_id IN (${p.sourceIds})
     GROUP BY t.source_id)`;
}

/** Net per booking year, transaction kind (a reversal counts as its original) and account kind, over the partnership's whole ledger. */
export function yearlySums(
  db: Queryable,
  partnershipId: string,
): Promise<{ year: number; event: TransactionKind; accountKind: AccountKind; cents: string }[]> {
  return db.query(
    `SELECT extract(year FROM t.booked_on)::int AS year, coalesce(o.kind, t.kind) AS event, a.kind AS "accountKind", sum(e.amount_cents)::text AS cents
       FROM ledger_transactions t
       LEFT JOIN ledger_transactions o ON o.id = t.reverses_id
       JOIN ledger_entries e ON e.transaction_id = t.id
       JOIN finance_accounts a ON a.id = e.account_id
      WHERE t.partnership_id = $1
      GROUP BY 1, 2, 3`,
    [partnershipId],
  );
}

/**
 * Net per booking year, purpose (null: the general fund), original kind and account kind on the fund's accounts
 * (FUND, ALLOCATED): the fund over time. A reversal counts as its original, in the year it is booked.
 */
export function fundYearlyByPurpose(
  db: Queryable,
  partnershipId: string,
): Promise<
  { year: number; purposeId: string | null; event: TransactionKind; accountKind: 'FUND' | 'ALLOCATED'; cents: string }[]
> {
  return db.query(
    `SELECT extract(year FROM e.booked_on)::int AS year, a.purpose_id AS "purposeId", coalesce(o.kind, t.kind) AS event,
            a.kind AS "accountKind", sum(e.amount_cents)::text AS cents
       FROM finance_accounts a
       JOIN ledger_entries e ON e.account_id = a.id
       JOIN ledger_transactions t ON t.id = e.transaction_id
       LEFT JOIN ledger_transactions o ON o.id = t.reverses_id
      WHERE a.partnership_id = $1 AND a.kind IN ('FUND', 'ALLOCATED')
      GROUP BY 1, 2, 3, 4
      ORDER BY 1`,
    [partnershipId],
  );
}

/** Columns (purpose_id, event, account_kind, cents): net per purpose, original kind and account kind, booked from..to, on accounts of the given kinds. */
export function netByPurposeSql(p: {
  partnership: string;
  from: string;
  to: string;
  accountKinds: readonly AccountKind[];
}): string {
  return `(SELECT a.purpose_id, coalesce(o.kind, t.kind) AS event, a.kind AS account_kind, sum(e.amount_cents) AS cents
      FROM ledger_transactions t
      LEFT JOIN ledger_transactions o ON o.id = t.reverses_id
      JOIN ledger_entries e ON e.transaction_id = t.id
      JOIN finance_accounts a ON a.id = e.account_id AND a.kind IN (${p.accountKinds.map(literal).join(', ')})
     WHERE t.partnership_id = ${p.partnership} AND t.booked_on BETWEEN ${p.from}::date AND ${p.to}::date
     GROUP BY 1, 2, 3)`;
}

/**
 * Columns (source_type, source_id, event, cents): net per record and original kind, booked from..to, counting
 * only the entries of each listed transaction kind on its listed account kind.
 */
export function netBySourceAndEventSql(p: {
  partnership: string;
  from: string;
  to: string;
  only: readonly [TransactionKind, AccountKind][];
}): string {
  const only = p.only.map(
    ([event, account]) => `(coalesce(o.kind, t.kind) = ${literal(event)} AND a.kind = ${literal(account)})`,
  );
  return `(SELECT t.source_type, t.source_id, coalesce(o.kind, t.kind) AS event, sum(e.amount_cents) AS cents
      FROM ledger_transactions t
      LEFT JOIN ledger_transactions o ON o.id = t.reverses_id
      JOIN ledger_entries e ON e.transaction_id = t.id
      JOIN finance_accounts a ON a.id = e.account_id
     WHERE t.partnership_id = ${p.partnership} AND t.booked_on BETWEEN ${p.from}::date AND ${p.to}::date
       AND (${only.join(' OR ')})
     GROUP BY 1, 2, 3)`;
}

/** How many distinct counterparties have a transaction of this kind booked from..to that was not reversed. */
export async function counterpartyCount(
  db: Queryable,
  partnershipId: string,
  kind: TransactionKind,
  from: string,
  to: string,
): Promise<number> {
  const [{ count }] = await db.query(
    `SELECT count(DISTINCT t.counterparty_organisation_id)::int AS count FROM ledger_transactions t
      WHERE t.partnership_id = $1 AND t.kind = $2 AND t.booked_on BETWEEN $3::date AND $4::date
        AND NOT EXISTS (SELECT 1 FROM ledger_transactions r WHERE r.reverses_id = t.id)`,
    [partnershipId, kind, from, to],
  );
  return count;
}

/**
 * Columns (id, kind, description, description_key, description_params, booked_on, created_at, entry_id, code, account_kind, organisation_id,
 * purpose_id, amount_cents): every entry of the partnership's transactions, booked from..to when given.
 */
export function journalSql(p: { partnership: string; period?: { from: string; to: string } }): string {
  return `(SELECT t.id, t.kind, t.description, t.description_key, t.description_params, t.booked_on, t.created_at, e.id AS entry_id, a.code, a.kind AS account_kind, a.organisation_id, a.purpose_id, e.amount_cents
      FROM ledger_transactions t
      JOIN ledger_entries e ON e.transaction_id = t.id
      JOIN finance_accounts a ON a.id = e.account_id
     WHERE t.partnership_id = ${p.partnership}${p.period ? ` AND t.booked_on BETWEEN ${p.period.from}::date AND ${p.period.to}::date` : ''})`;
}
