import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appendAuditEvent } from '../../audit/audit-append';
import { Viewer } from '../../auth/viewer';
import { AppError } from '../../common/graphql/app-error';
import { msg } from '../../common/i18n/messages';
import { eurosDecimal } from '../../common/money';
import { providerPaymentPosting } from '../ledger/ledger';
import { firstBookingDate, payablesBySource, Queryable } from '../ledger/ledger-reads';
import { LedgerService } from '../ledger/ledger.service';
import { AgreementStatus } from './agreement-enums';
import { CostAgreement } from './agreements.entities';
import { RecordProviderPaymentInput } from './dto/agreement.inputs';

export interface ProviderBalance {
  /** Paid to the provider for the agreement, net of reversed payments. */
  paidCents: bigint;
  /** Still owed: the agreement's credit on the provider's payable minus what was paid, all net of reversals. */
  owedCents: bigint;
}

/**
 * What each agreement's provider was paid and is still owed, from the ledger alone: the sum of the PAYABLE
 * entries of the agreement's transactions (cost shares credit it, payments debit it); a reversal counts
 * as the kind of the transaction it reverses.
 */
export function providerBalances(
  db: Queryable,
  agreementIds: readonly string[],
): Promise<Map<string, ProviderBalance>> {
  return payablesBySource(db, 'COST_AGREEMENT', agreementIds);
}

/** Paying the provider of a financed agreement, never more than the partnership still owes it for that agreement. */
@Injectable()
export class ProviderPaymentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
  ) {}

  async record(viewer: Viewer, input: RecordProviderPaymentInput): Promise<CostAgreement> {
    if (!isCalendarDate(input.paidOn))
      throw AppError.badInput({ paidOn: [msg('agreement.realDate', { paidOn: input.paidOn })] });
    return this.dataSource.transaction(async (manager) => {
      // The agreement's row lock serialises its payments: the second of two waits and then sees the first.
      const agreement = await manager.findOne(CostAgreement, {
        where: { id: input.agreementId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!agreement) throw new AppError('NOT_FOUND', msg('agreement.notFound', { id: input.agreementId }));
      if (agreement.status !== AgreementStatus.FINANCED) {
        throw new AppError(
          'CONFLICT',
          msg('agreement.onlyFinancedPaid', { status: msg(`agreement.status.${agreement.status}`) }),
        );
      }
      const financedOn = await firstBookingDate(
        manager,
        agreement.partnershipId,
        { type: 'COST_AGREEMENT', id: agreement.id },
        'COST_SHARE',
      );
      if (financedOn && input.paidOn < financedOn) {
        throw AppError.badInput({
          paidOn: [msg('agreement.paidBeforeFinanced', { financedOn, paidOn: input.paidOn })],
        });
      }
      const [provider] = await manager.query(`SELECT id, name FROM organisations WHERE id = $1`, [
        agreement.providerOrganisationId,
      ]);
      const owed = (await providerBalances(manager, [agreement.id])).get(agreement.id)?.owedCents ?? 0n;
      const amount = BigInt(input.amountCents);
      if (amount > owed) {
        throw AppError.badInput({
          amountCents: [
            msg('agreement.atMostOwed', {
              owed: eurosDecimal(owed),
              provider: provider.name,
              amount: eurosDecimal(amount),
            }),
          ],
        });
      }
      const note = input.note?.trim();
      const transaction = await this.ledger.post(manager, {
        partnershipId: agreement.partnershipId,
        kind: 'PROVIDER_PAYMENT',
        bookedOn: input.paidOn,
        description: note
          ? msg('records.ledger.providerPaymentWithNote', { provider: provider.name, title: agreement.title, note })
          : msg('records.ledger.providerPayment', { provider: provider.name, title: agreement.title }),
        postings: providerPaymentPosting(agreement.providerOrganisationId, amount),
        counterpartyOrganisationId: agreement.providerOrganisationId,
        source: { type: 'COST_AGREEMENT', id: agreement.id },
        actorUserId: viewer.user.id,
      });
      await appendAuditEvent(manager, {
        partnershipId: agreement.partnershipId,
        actorUserId: viewer.user.id,
        action: 'agreement.provider_paid',
        subjectType: 'CostAgreement',
        subjectId: agreement.id,
        payload: {
          transactionId: transaction.id,
          providerOrganisationId: agreement.providerOrganisationId,
          amountCents: amount.toString(),
          paidOn: input.paidOn,
          remainingCents: (owed - amount).toString(),
          note: note ?? null,
        },
      });
      return agreement;
    });
  }
}

function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
