import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit/audit-append';
import { AppError } from '../../common/graphql/app-error';
import { MessageRef, msg } from '../../common/i18n/messages';
import { storedMessage } from '../../common/i18n/stored-text';
import {
  AccountRef,
  accountCode,
  assertBalanced,
  Posting,
  reversalPosting,
  TransactionKind,
  UnbalancedPostingError,
} from './ledger';
import { LedgerTransaction } from './ledger.entities';
import { reversalOf } from './ledger-reads';

export interface PostInput {
  partnershipId: string;
  kind: Exclude<TransactionKind, 'REVERSAL'>;
  /** YYYY-MM-DD. */
  bookedOn: string;
  /**
   * The booking text: the server's own as a message (records.ledger.…), stored as key and parameters and rendered
   * per reader; a string is text a person typed, kept as typed.
   */
  description: MessageRef | string;
  postings: readonly Posting[];
  counterpartyOrganisationId?: string | null;
  source?: { type: string; id: string } | null;
  actorUserId: string | null;
  currency?: string;
}

/** Refuses a reversal that would break a domain invariant (e.g. an allocation already paid out). */
export type ReversalCheck = (manager: EntityManager, transaction: LedgerTransaction) => Promise<void>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Writes the ledger: one transaction per business event, its entries from the pure posting rules, opening
 * accounts on first use, and one audit event per posting. Always inside the caller's transaction, so the
 * posting commits exactly with the record it belongs to; the database checks the balance again at commit.
 */
@Injectable()
export class LedgerService {
  private readonly reversalChecks = new Map<string, ReversalCheck>();

  /** Domain modules register what must hold before a transaction of their source type is reversed. */
  registerReversalCheck(sourceType: string, check: ReversalCheck): void {
    this.reversalChecks.set(sourceType, check);
  }

  async post(manager: EntityManager, input: PostInput): Promise<LedgerTransaction> {
    if (!isoDate.test(input.bookedOn))
      throw AppError.badInput({ bookedOn: [msg('ledger.bookedOnDate', { bookedOn: input.bookedOn })] });
    try {
      assertBalanced(input.postings);
    } catch (error) {
      if (error instanceof UnbalancedPostingError)
        throw new AppError('BAD_USER_INPUT', msg('ledger.unbalanced', { problem: error.messageRef }));
      throw error;
    }
    return this.write(manager, { ...input, reversesId: null });
  }

  /**
   * Cancels a transaction by posting its entries with opposite signs (same source and counterparty, so
   * every sum by source nets to zero). A transaction is reversed at most once; a reversal is not reversed
   * (post the original again instead).
   */
  async reverse(
    manager: EntityManager,
    input: {
      partnershipId: string;
      transactionId: string;
      /** What the treasurer typed, or the system's own reason (a module split redone). */
      reason: string | MessageRef;
      actorUserId: string | null;
      bookedOn: string;
    },
  ): Promise<LedgerTransaction> {
    const reason = typeof input.reason === 'string' ? input.reason.trim() : input.reason;
    if (typeof reason === 'string' && (reason.length < 3 || reason.length > 400))
      throw AppError.badInput({ reason: [msg('ledger.reasonLength', { length: reason.length })] });
    // Two reversals of one transaction wait for each other here. An advisory lock, not FOR UPDATE: that needs the
    // UPDATE privilege, which the app's role does not have on the append-only ledger.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`reversal:${input.transactionId}`]);
    const transaction = await manager.findOne(LedgerTransaction, {
      where: { id: input.transactionId, partnershipId: input.partnershipId },
    });
    if (!transaction) throw new AppError('NOT_FOUND', msg('ledger.notFoundHere', { id: input.transactionId }));
    if (transaction.kind === 'REVERSAL') throw new AppError('CONFLICT', msg('ledger.reversalOfReversal'));
    const already = await reversalOf(manager, transaction.partnershipId, transaction.id);
    if (already) throw new AppError('CONFLICT', msg('ledger.alreadyReversed', { by: already }));
    if (input.bookedOn < transaction.bookedOn) {
      throw AppError.badInput({
        bookedOn: [msg('ledger.reversalBefore', { original: transaction.bookedOn, bookedOn: input.bookedOn })],
      });
    }
    const check = transaction.sourceType ? this.reversalChecks.get(transaction.sourceType) : undefined;
    if (check) await check(manager, transaction);
    const postings = reversalPosting(await this.postingsOf(manager, transaction.id));
    return this.write(manager, {
      partnershipId: transaction.partnershipId,
      kind: 'REVERSAL',
      bookedOn: input.bookedOn,
      description: msg('records.ledger.reversal', { reason }),
      postings,
      counterpartyOrganisationId: transaction.counterpartyOrganisationId,
      source:
        transaction.sourceType && transaction.sourceId
          ? { type: transaction.sourceType, id: transaction.sourceId }
          : null,
      actorUserId: input.actorUserId,
      reversesId: transaction.id,
    });
  }

  /** The entries of a transaction as postings (account refs rebuilt from the accounts). */
  async postingsOf(manager: EntityManager, transactionId: string): Promise<Posting[]> {
    const rows: {
      kind: string;
      code: string;
      organisation_id: string | null;
      purpose_id: string | null;
      amount_cents: string;
    }[] = await manager.query(
      `SELECT a.kind, a.code, a.organisation_id, a.purpose_id, e.amount_cents
         FROM ledger_entries e JOIN finance_accounts a ON a.id = e.account_id
        WHERE e.transaction_id = $1 ORDER BY e.id`,
      [transactionId],
    );
    return rows.map((r) => ({ account: accountRefOf(r), amountCents: BigInt(r.amount_cents) }));
  }

  private async write(
    manager: EntityManager,
    input: Omit<PostInput, 'kind'> & { kind: TransactionKind; reversesId: string | null },
  ): Promise<LedgerTransaction> {
    const currency = input.currency ?? 'EUR';
    const description = typeof input.description === 'string' ? null : storedMessage(input.description);
    const accountIds = await this.accountsFor(
      manager,
      input.partnershipId,
      input.postings.map((p) => p.account),
      currency,
    );
    const transaction = await manager.save(
      LedgerTransaction,
      manager.create(LedgerTransaction, {
        partnershipId: input.partnershipId,
        kind: input.kind,
        bookedOn: input.bookedOn,
        description: typeof input.description === 'string' ? input.description.trim().slice(0, 500) : null,
        descriptionKey: description?.key ?? null,
        descriptionParams: description?.params ?? null,
        counterpartyOrganisationId: input.counterpartyOrganisationId ?? null,
        sourceType: input.source?.type ?? null,
        sourceId: input.source?.id ?? null,
        reversesId: input.reversesId,
        createdByUserId: input.actorUserId,
      }),
    );
    const values: unknown[] = [];
    const rows = input.postings.map((p, i) => {
      values.push(
        transaction.id,
        input.partnershipId,
        accountIds.get(accountCode(p.account)),
        p.amountCents.toString(),
        currency,
        input.bookedOn,
      );
      const o = i * 6;
      return `($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6})`;
    });
    await manager.query(
      `INSERT INTO ledger_entries (transaction_id, partnership_id, account_id, amount_cents, currency, booked_on) VALUES ${rows.join(', ')}`,
      values,
    );
    await appendAuditEvent(manager, {
      partnershipId: input.partnershipId,
      actorUserId: input.actorUserId,
      action: input.kind === 'REVERSAL' ? 'ledger.reversed' : 'ledger.posted',
      subjectType: 'LedgerTransaction',
      subjectId: transaction.id,
      payload: {
        kind: input.kind,
        bookedOn: input.bookedOn,
        description: description ?? transaction.description,
        ...(input.reversesId ? { reverses: input.reversesId } : {}),
        ...(input.source ? { source: `${input.source.type}:${input.source.id}` } : {}),
        entries: input.postings.map((p) => ({ account: accountCode(p.account), cents: p.amountCents.toString() })),
      },
    });
    return transaction;
  }

  /** Finds or opens the accounts (one statement each way; concurrent openers meet at the unique code). */
  private async accountsFor(
    manager: EntityManager,
    partnershipId: string,
    refs: readonly AccountRef[],
    currency: string,
  ): Promise<Map<string, string>> {
    const unique = new Map(refs.map((ref) => [accountCode(ref), ref]));
    const codes = [...unique.keys()];
    const kinds = codes.map((c) => unique.get(c)!.kind);
    const organisations = codes.map((c) => {
      const ref = unique.get(c)!;
      return ref.kind === 'RECEIVABLE' || ref.kind === 'PAYABLE' ? ref.organisationId : null;
    });
    const purposes = codes.map((c) => {
      const ref = unique.get(c)!;
      return ref.kind === 'FUND' || ref.kind === 'ALLOCATED' ? ref.purposeId : null;
    });
    await manager.query(
      `INSERT INTO finance_accounts (partnership_id, code, kind, organisation_id, purpose_id, currency)
       SELECT $1, code, kind, organisation_id, purpose_id, $6
         FROM unnest($2::text[], $3::text[], $4::uuid[], $5::uuid[]) AS t(code, kind, organisation_id, purpose_id)
       ON CONFLICT (partnership_id, code) DO NOTHING`,
      [partnershipId, codes, kinds, organisations, purposes, currency],
    );
    const rows: { id: string; code: string }[] = await manager.query(
      `SELECT id, code FROM finance_accounts WHERE partnership_id = $1 AND code = ANY($2::text[])`,
      [partnershipId, codes],
    );
    return new Map(rows.map((r) => [r.code, r.id]));
  }
}

export function accountRefOf(row: {
  kind: string;
  code: string;
  organisation_id: string | null;
  purpose_id: string | null;
}): AccountRef {
  switch (row.kind) {
    case 'BANK':
      return { kind: 'BANK' };
    case 'RECEIVABLE':
    case 'PAYABLE':
      return { kind: row.kind, organisationId: row.organisation_id as string };
    case 'FUND':
      return { kind: 'FUND', purposeId: row.purpose_id };
    case 'ALLOCATED':
      return { kind: 'ALLOCATED', purposeId: row.purpose_id as string };
    case 'INCOME':
      return { kind: 'INCOME', key: 'FEES' };
    default:
      return { kind: 'EXPENSE', key: row.code.slice('EXPENSE:'.length) };
  }
}
