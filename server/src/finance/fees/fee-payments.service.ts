import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../../auth/viewer';
import { AppError } from '../../common/graphql/app-error';
import { msg } from '../../common/i18n/messages';
import { eurosDecimal } from '../../common/money';
import { paymentPosting } from '../ledger/ledger';
import { LedgerTransaction } from '../ledger/ledger.entities';
import { netBySourceSql, reversalOf } from '../ledger/ledger-reads';
import { LedgerService } from '../ledger/ledger.service';
import { RecordPaymentInput } from './dto/fee.inputs';
import { FeePayment } from './fees.entities';

/** Net paid against an invoice ($1) of a partnership ($2): the receivable entries of its payments' transactions, reversals included. */
const PAID_AGAINST_INVOICE_SQL = `
  SELECT coalesce(-sum(n.receivable), 0)::text AS paid
    FROM ${netBySourceSql({ partnership: '$2', sourceType: 'PAYMENT', sourceIds: 'SELECT id FROM fee_payments WHERE invoice_id = $1', accountKinds: ['RECEIVABLE'] })} n`;

/**
 * Payments received from members. Each is one PAYMENT posting (bank up, the member's receivable down) written
 * with its record; nothing else is stored, so two treasurers paying in at once cannot lose an update: every
 * balance is a sum over the entries.
 */
@Injectable()
export class FeePaymentsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
  ) {}

  onModuleInit(): void {
    this.ledger.registerReversalCheck('FEE_INVOICE', (manager, transaction) =>
      this.checkInvoiceReversal(manager, transaction),
    );
  }

  async record(viewer: Viewer, input: RecordPaymentInput): Promise<FeePayment> {
    return this.dataSource.transaction(async (manager) => {
      const [member] = await manager.query(
        `SELECT o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.partnership_id = $1 AND m.organisation_id = $2`,
        [input.partnershipId, input.organisationId],
      );
      if (!member)
        throw AppError.badInput({
          organisationId: [msg('fees.notMember')],
        });
      let invoiceNumber: string | null = null;
      if (input.invoiceId) {
        // Locked so that the invoice cannot be reversed while a payment against it is being written.
        const [invoice] = await manager.query(
          `SELECT id, organisation_id, number, transaction_id FROM fee_invoices WHERE id = $1 AND partnership_id = $2 FOR UPDATE`,
          [input.invoiceId, input.partnershipId],
        );
        if (!invoice) throw new AppError('NOT_FOUND', msg('fees.invoiceNotFound', { id: input.invoiceId }));
        if (invoice.organisation_id !== input.organisationId) {
          throw AppError.badInput({
            invoiceId: [msg('fees.invoiceOtherMember', { number: invoice.number })],
          });
        }
        if (await reversalOf(manager, input.partnershipId, invoice.transaction_id))
          throw new AppError('CONFLICT', msg('fees.invoiceCancelled', { number: invoice.number }));
        invoiceNumber = invoice.number;
      }
      const payment = manager.create(FeePayment, {
        partnershipId: input.partnershipId,
        organisationId: input.organisationId,
        invoiceId: input.invoiceId ?? null,
        amountCents: input.amountCents,
        receivedOn: input.receivedOn,
        note: input.note,
        createdByUserId: viewer.user.id,
      });
      // The id is known before the row is written, so the posting can name its source.
      payment.id = randomUUID();
      const transaction = await this.ledger.post(manager, {
        partnershipId: input.partnershipId,
        kind: 'PAYMENT',
        bookedOn: input.receivedOn,
        description: invoiceNumber
          ? msg('records.ledger.feePaymentOnInvoice', { member: member.name, number: invoiceNumber })
          : msg('records.ledger.feePaymentOnAccount', { member: member.name }),
        postings: paymentPosting(input.organisationId, BigInt(input.amountCents)),
        counterpartyOrganisationId: input.organisationId,
        source: { type: 'PAYMENT', id: payment.id },
        actorUserId: viewer.user.id,
      });
      payment.transactionId = transaction.id;
      return manager.save(FeePayment, payment);
    });
  }

  /** An invoice with payments against it is not reversed: the payments would be left pointing at nothing. */
  private async checkInvoiceReversal(manager: EntityManager, transaction: LedgerTransaction): Promise<void> {
    if (!transaction.sourceId) return;
    const [invoice] = await manager.query(`SELECT number FROM fee_invoices WHERE id = $1 FOR UPDATE`, [
      transaction.sourceId,
    ]);
    if (!invoice) return;
    const [{ paid }] = await manager.query(PAID_AGAINST_INVOICE_SQL, [transaction.sourceId, transaction.partnershipId]);
    if (BigInt(paid) !== 0n) {
      throw new AppError(
        'CONFLICT',
        msg('fees.invoicePaid', { number: invoice.number, paid: eurosDecimal(BigInt(paid)) }),
      );
    }
  }
}
