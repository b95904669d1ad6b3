import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Viewer } from '../../auth/viewer';
import { AppError } from '../../common/graphql/app-error';
import type { MessageKey, ParamValue } from '../../common/i18n/messages';
import { decodeCursor, Page, toPage } from '../../common/graphql/pagination';
import { matchesSearch, searchPattern } from '../../common/graphql/search';
import { LedgerTransactionsArgs, ReverseLedgerTransactionInput } from './dto/ledger.inputs';
import { LedgerTransaction } from './ledger.entities';
import { LedgerService } from './ledger.service';
import { AccountBalanceType } from './ledger.types';
import { msg } from '../../common/i18n/messages';

interface TransactionRow {
  id: string;
  partnership_id: string;
  kind: LedgerTransaction['kind'];
  booked_on: string;
  description: string | null;
  description_key: MessageKey | null;
  description_params: Record<string, ParamValue> | null;
  counterparty_organisation_id: string | null;
  source_type: string | null;
  source_id: string | null;
  reverses_id: string | null;
  created_by_user_id: string | null;
  created_at: Date;
  /** created_at as PostgreSQL prints it: keeps the microseconds a JS Date would drop, for the cursor. */
  created_key: string;
}

const SORT_SEPARATOR = '|';

/** Reads of the ledger (journal, balances) and the treasurer's one correction: the reversal. */
@Injectable()
export class LedgerQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
  ) {}

  /**
   * The journal, newest first: keyset over (booked_on, created_at, id). Filtering by organisation finds
   * movements with it as counterparty and those on its accounts (a cost share names no counterparty). `search`: a
   * part of the description or of the counterparty's name.
   */
  async transactions(partnershipId: string, args: LedgerTransactionsArgs): Promise<Page<LedgerTransaction>> {
    const where = ['t.partnership_id = $1'];
    const values: unknown[] = [partnershipId];
    const param = (value: unknown) => {
      values.push(value);
      return `$${values.length}`;
    };
    if (args.year !== undefined && args.year !== null)
      where.push(`t.booked_on BETWEEN ${param(`${args.year}-01-01`)}::date AND ${param(`${args.year}-12-31`)}::date`);
    if (args.kind) where.push(`t.kind = ${param(args.kind)}`);
    if (args.organisationId) {
      const org = param(args.organisationId);
      where.push(`(t.counterparty_organisation_id = ${org}::uuid OR t.id IN (
        SELECT e.transaction_id FROM ledger_entries e JOIN finance_accounts a ON a.id = e.account_id
         WHERE a.partnership_id = $1 AND a.organisation_id = ${org}::uuid))`);
    }
    const pattern = searchPattern(args.search);
    if (pattern) {
      const text = param(pattern);
      // A keyed booking text is searched in its parameters: the names, titles and numbers it shows.
      where.push(`(${matchesSearch('coalesce(t.description, t.description_params::text)', text)} OR EXISTS (
        SELECT 1 FROM organisations o WHERE o.id = t.counterparty_organisation_id AND ${matchesSearch('o.name', text)}))`);
    }
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM ledger_transactions t WHERE ${where.join(' AND ')}`,
      values,
    );
    if (args.after) {
      const [key, id] = decodeCursor(args.after);
      const [bookedOn, createdKey] = key.split(SORT_SEPARATOR);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(bookedOn ?? '') || !createdKey || !/^[0-9a-f-]{36}$/i.test(id)) {
        throw AppError.badInput({ after: [msg('input.cursor')] });
      }
      where.push(
        `(t.booked_on, t.created_at, t.id) < (${param(bookedOn)}::date, ${param(createdKey)}::timestamptz, ${param(id)}::uuid)`,
      );
    }
    const rows: TransactionRow[] = await this.dataSource.query(
      `SELECT t.*, t.booked_on::text AS booked_on, t.created_at::text AS created_key FROM ledger_transactions t
        WHERE ${where.join(' AND ')}
        ORDER BY t.booked_on DESC, t.created_at DESC, t.id DESC LIMIT ${param(args.first + 1)}`,
      values,
    );
    const page = toPage(rows, args.first, count, (r) => `${r.booked_on}${SORT_SEPARATOR}${r.created_key}`);
    return { ...page, nodes: page.nodes.map(toTransaction) };
  }

  /** Every account of the partnership with its balance, from the ledger_account_balances view. */
  async balances(partnershipId: string): Promise<AccountBalanceType[]> {
    const rows: {
      account_id: string;
      partnership_id: string;
      code: string;
      kind: AccountBalanceType['kind'];
      organisation_id: string | null;
      purpose_id: string | null;
      currency: string;
      balance_cents: string;
      entry_count: number;
    }[] = await this.dataSource.query(
      `SELECT * FROM ledger_account_balances WHERE partnership_id = $1
          ORDER BY array_position(ARRAY['BANK','RECEIVABLE','FUND','ALLOCATED','PAYABLE','INCOME','EXPENSE'], kind), code`,
      [partnershipId],
    );
    return rows.map((r) => ({
      accountId: r.account_id,
      partnershipId: r.partnership_id,
      code: r.code,
      kind: r.kind,
      organisationId: r.organisation_id,
      purposeId: r.purpose_id,
      currency: r.currency.trim(),
      balanceCents: String(r.balance_cents),
      entryCount: r.entry_count,
    }));
  }

  /** One reversal in its own transaction; the domain checks other modules registered run inside it. */
  async reverse(viewer: Viewer, input: ReverseLedgerTransactionInput): Promise<LedgerTransaction> {
    const [row] = await this.dataSource.query(`SELECT partnership_id FROM ledger_transactions WHERE id = $1`, [
      input.transactionId,
    ]);
    if (!row) throw new AppError('NOT_FOUND', msg('ledger.notFound', { id: input.transactionId }));
    return this.dataSource.transaction((manager) =>
      this.ledger.reverse(manager, {
        partnershipId: row.partnership_id as string,
        transactionId: input.transactionId,
        reason: input.reason,
        bookedOn: input.bookedOn,
        actorUserId: viewer.user.id,
      }),
    );
  }
}

function toTransaction(r: TransactionRow): LedgerTransaction {
  return Object.assign(new LedgerTransaction(), {
    id: r.id,
    partnershipId: r.partnership_id,
    kind: r.kind,
    bookedOn: r.booked_on,
    description: r.description,
    descriptionKey: r.description_key,
    descriptionParams: r.description_params,
    counterpartyOrganisationId: r.counterparty_organisation_id,
    sourceType: r.source_type,
    sourceId: r.source_id,
    reversesId: r.reverses_id,
    createdByUserId: r.created_by_user_id,
    createdAt: r.created_at,
  });
}
