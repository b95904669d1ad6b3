import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit/audit-append';
import type { AuditAction } from '../../audit/audit-actions';
import { civilDate } from '../../common/civil-date';
import { AgendaService } from '../../committees/agenda.service';
import { AgendaItemKind } from '../../committees/committee-enums';
import { Viewer } from '../../auth/viewer';
import { AppError } from '../../common/graphql/app-error';
import { msg } from '../../common/i18n/messages';
import { FeatureRequest } from '../../feature-requests/feature-request.entity';
import { RequestFinancingService } from '../../feature-requests/request-financing.service';
import { combineOutcomes } from '../../votes/decision-outcome';
import { VoteClosedHooks } from '../../votes/vote-closed-hooks';
import { VoteStatus } from '../../votes/vote-enums';
import type { Vote } from '../../votes/vote.entity';
import { VoteOpeningService } from '../../votes/vote-opening.service';
import { allocationPosting, contributionPosting, disbursementPosting } from '../ledger/ledger';
import { LedgerTransaction } from '../ledger/ledger.entities';
import { LedgerService } from '../ledger/ledger.service';
import { bookingDateOf, counterpartyNetInYear } from '../ledger/ledger-reads';
import {
  ProposeFundAllocationInput,
  RecordFundContributionInput,
  RecordFundDisbursementInput,
} from './dto/fund.inputs';
import { FundPurposesService } from './fund-purposes.service';
import { FundQueries, movementsSql } from './fund-queries';
import { eurosDecimal, eurosText } from '../../common/money';
import { allocationSources, availableForProposal, contributionProblem } from './fund-rules';
import {
  FundAllocation,
  FundAllocationStatus,
  FundContribution,
  FundDisbursement,
  FundRefusalReason,
} from './fund.entities';
import { FundAllocationView, FundDisbursementReceipt } from './fund.types';

/**
 * The fund's use cases. Every write locks the partnership's fund settings row first, so the checks that
 * read several balances (the yearly minimum, what the pools can still give) see no concurrent change;
 * disbursements lock their allocation row instead. Money moves only through LedgerService.post.
 */
@Injectable()
export class FundService implements OnModuleInit {
  private readonly logger = new Logger('Fund');

  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly votes: VoteOpeningService,
    private readonly agenda: AgendaService,
    private readonly hooks: VoteClosedHooks,
    private readonly financing: RequestFinancingService,
    private readonly purposes: FundPurposesService,
    private readonly queries: FundQueries,
  ) {}

  onModuleInit(): void {
    this.hooks.register('FUND_ALLOCATION', (manager, vote) => this.onVoteClosed(manager, vote));
    this.ledger.registerReversalCheck('FUND_ALLOCATION', (manager, transaction) =>
      this.checkAllocationReversal(manager, transaction),
    );
    this.ledger.registerReversalCheck('FUND_CONTRIBUTION', (manager, transaction) =>
      this.checkContributionReversal(manager, transaction),
    );
  }

  async recordContribution(viewer: Viewer, input: RecordFundContributionInput): Promise<FundContribution> {
    if (Number(input.receivedOn.slice(0, 4)) !== input.year) {
      throw AppError.badInput({
        receivedOn: [msg('fund.receivedOnYear', { year: input.year, receivedOn: input.receivedOn })],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const { settings, purposes } = await this.purposes.ensure(manager, input.partnershipId, true);
      const [organisation] = await manager.query(`SELECT id, name FROM organisations WHERE id = $1`, [
        input.organisationId,
      ]);
      if (!organisation)
        throw AppError.badInput({
          organisationId: [msg('fundPayout.noOrganisationInDirectory', { id: input.organisationId })],
        });
      const purpose = input.purposeId ? purposes.find((p) => p.id === input.purposeId) : null;
      if (input.purposeId && !purpose) throw AppError.badInput({ purposeId: [msg('fund.purposeUnknown')] });
      if (purpose?.archivedAt)
        throw AppError.badInput({
          purposeId: [
            msg('fund.purposeArchivedContribution', { purpose: { de: purpose.labelDe, en: purpose.labelEn } }),
          ],
        });
      // The year's net so far from the ledger: a reversed first contribution makes the next one the first again.
      const total = await counterpartyNetInYear(manager, input.partnershipId, {
        organisationId: input.organisationId,
        sourceType: 'FUND_CONTRIBUTION',
        accountKind: 'BANK',
        year: input.year,
      });
      const amount = BigInt(input.amountCents);
      const problem = contributionProblem({
        amountCents: amount,
        minimumCents: BigInt(settings.minimumContributionCents),
        alreadyThisYearCents: total,
        year: input.year,
      });
      if (problem) throw AppError.badInput({ amountCents: [problem] });
      const id = (await manager.query(`SELECT gen_random_uuid() AS id`))[0].id as string;
      const transaction = await this.ledger.post(manager, {
        partnershipId: input.partnershipId,
        kind: 'FUND_CONTRIBUTION',
        bookedOn: input.receivedOn,
        description: purpose
          ? msg('records.ledger.fundContributionEarmarked', {
              year: input.year,
              contributor: organisation.name,
              purpose: { de: purpose.labelDe, en: purpose.labelEn },
            })
          : msg('records.ledger.fundContribution', { year: input.year, contributor: organisation.name }),
        postings: contributionPosting(purpose?.id ?? null, amount),
        counterpartyOrganisationId: input.organisationId,
        source: { type: 'FUND_CONTRIBUTION', id },
        actorUserId: viewer.user.id,
      });
      const contribution = await manager.save(
        manager.create(FundContribution, {
          id,
          partnershipId: input.partnershipId,
          organisationId: input.organisationId,
          purposeId: purpose?.id ?? null,
          year: input.year,
          amountCents: amount.toString(),
          receivedOn: input.receivedOn,
          transactionId: transaction.id,
          recordedByUserId: viewer.user.id,
        }),
      );
      await appendAuditEvent(manager, {
        partnershipId: input.partnershipId,
        actorUserId: viewer.user.id,
        action: 'fund.contribution_recorded',
        subjectType: 'FundContribution',
        subjectId: id,
        payload: {
          organisationId: input.organisationId,
          year: input.year,
          amountCents: amount.toString(),
          purpose: purpose?.key ?? null,
          transactionId: transaction.id,
        },
      });
      return contribution;
    });
  }

  /** Proposes an allocation and puts it to the committees: a written procedure, or a DECISION item on a session's agenda. */
  async propose(viewer: Viewer, input: ProposeFundAllocationInput): Promise<FundAllocationView> {
    const viaSession = Boolean(input.sessionId);
    if (!viaSession && (!input.committeeIds?.length || !input.deadline)) {
      throw AppError.badInput({
        committeeIds: [msg('fund.writtenProcedureNeeds')],
      });
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const { purposes } = await this.purposes.ensure(manager, input.partnershipId, true);
      const purpose = purposes.find((p) => p.id === input.purposeId);
      if (!purpose) throw AppError.badInput({ purposeId: [msg('fund.purposeUnknown')] });
      if (purpose.archivedAt)
        throw AppError.badInput({
          purposeId: [msg('fund.purposeArchivedAllocation', { purpose: { de: purpose.labelDe, en: purpose.labelEn } })],
        });
      let request: FeatureRequest | null = null;
      if (input.featureRequestId) {
        request = await manager.findOneBy(FeatureRequest, {
          id: input.featureRequestId,
          partnershipId: input.partnershipId,
        });
        if (!request) throw AppError.badInput({ featureRequestId: [msg('fund.requestUnknown')] });
        if (request.duplicateOfId)
          throw new AppError('CONFLICT', msg('fund.requestMerged', { number: request.number }));
        if (request.financedAt) throw new AppError('CONFLICT', msg('fund.requestFinanced', { number: request.number }));
      }
      const amount = BigInt(input.amountCents);
      const available = availableForProposal(
        purpose.id,
        await this.queries.poolBalances(manager, input.partnershipId),
        await this.queries.pending(manager, input.partnershipId),
      );
      if (amount > available) {
        throw AppError.badInput({
          amountCents: [
            msg('fund.notEnoughAvailable', {
              purpose: { de: purpose.labelDe, en: purpose.labelEn },
              available: eurosDecimal(available),
              amount: eurosDecimal(amount),
            }),
          ],
        });
      }
      const allocation = await manager.save(
        manager.create(FundAllocation, {
          partnershipId: input.partnershipId,
          purposeId: purpose.id,
          featureRequestId: request?.id ?? null,
          title: input.title,
          description: input.description,
          amountCents: amount.toString(),
          status: FundAllocationStatus.PROPOSED,
          proposedByUserId: viewer.user.id,
        }),
      );
      const title = `Fondsmittel: ${input.title} (${eurosText(amount)})`.slice(0, 200);
      const description = [
        input.description,
        request ? `Anfrage #${request.number}: ${request.title}` : '',
        `Zweck: ${purpose.labelDe}`,
      ]
        .filter(Boolean)
        .join('\n\n')
        .slice(0, 5000);
      if (viaSession) {
        const item = await this.agenda.addItem(
          manager,
          viewer.user.id,
          input.partnershipId,
          input.sessionId as string,
          {
            kind: AgendaItemKind.DECISION,
            title,
            description,
            subjectType: 'FUND_ALLOCATION',
            subjectId: allocation.id,
          },
          { audit: { fundAllocation: allocation.id } },
        );
        allocation.agendaItemId = item.id;
      } else {
        const votes = await this.votes.startWritten(
          viewer,
          input.partnershipId,
          {
            committeeIds: input.committeeIds as string[],
            title,
            description,
            deadline: input.deadline as Date,
            fundamental: false,
          },
          { type: 'FUND_ALLOCATION', id: allocation.id },
          manager,
        );
        allocation.voteId = votes[votes.length - 1].id;
        allocation.decisionId = votes[0].decisionId;
      }
      await manager.save(allocation);
      await appendAuditEvent(manager, {
        partnershipId: input.partnershipId,
        actorUserId: viewer.user.id,
        action: 'fund.allocation_proposed',
        subjectType: 'FundAllocation',
        subjectId: allocation.id,
        payload: {
          title: input.title,
          amountCents: allocation.amountCents,
          purpose: purpose.key,
          featureRequest: request?.number ?? null,
          voteId: allocation.voteId,
          agendaItemId: allocation.agendaItemId,
        },
      });
      return allocation.id;
    });
    return (await this.queries.allocation(this.dataSource.manager, id)) as FundAllocationView;
  }

  /**
   * Runs in the closing transaction of each vote on an allocation. Accepted → booked (earmarked first,
   * then the general fund) and APPROVED; any other outcome → REJECTED. If the money ran out between the
   * proposal and the vote (a contribution reversed, another allocation approved first), the allocation is
   * REJECTED with INSUFFICIENT_FUNDS rather than booked in part: the committee voted on the whole amount,
   * so the treasurer proposes again. Never throws for a business reason: the vote must close regardless.
   */
  private async onVoteClosed(manager: EntityManager, vote: Vote): Promise<void> {
    const allocation = await manager.findOne(FundAllocation, {
      where: { id: vote.subjectId as string },
      lock: { mode: 'pessimistic_write' },
    });
    if (!allocation || allocation.status !== FundAllocationStatus.PROPOSED) return;
    if (vote.status === VoteStatus.CANCELLED) {
      // A cancelled written procedure ends the proposal; in a session the chair may open the item's vote again.
      if (vote.agendaItemId) {
        if (allocation.voteId === vote.id) allocation.voteId = null;
      } else allocation.status = FundAllocationStatus.WITHDRAWN;
      allocation.decidedAt = allocation.status === FundAllocationStatus.WITHDRAWN ? new Date() : null;
      await manager.save(allocation);
      if (allocation.status === FundAllocationStatus.WITHDRAWN)
        await this.audit(manager, allocation, 'fund.allocation_withdrawn', { voteId: vote.id });
      return;
    }
    allocation.voteId = vote.id;
    let outcome = vote.outcome as string | null;
    if (vote.decisionId) {
      const rows: { outcome: string | null; status: string }[] = await manager.query(
        `SELECT outcome, status FROM votes WHERE decision_id = $1 AND status <> 'CANCELLED'`,
        [vote.decisionId],
      );
      outcome = combineOutcomes(rows.map((r) => (r.status === 'OPEN' ? null : (r.outcome as 'ACCEPTED')))) as
        string | null;
    }
    if (outcome === null) {
      await manager.save(allocation);
      return;
    }
    allocation.outcome = outcome;
    allocation.decidedAt = vote.closedAt ?? new Date();
    if (outcome !== 'ACCEPTED') {
      allocation.status = FundAllocationStatus.REJECTED;
      allocation.refusalReason = FundRefusalReason.VOTE;
      await manager.save(allocation);
      await this.audit(manager, allocation, 'fund.allocation_rejected', { outcome, voteId: vote.id });
      return;
    }
    await this.purposes.ensure(manager, allocation.partnershipId, true);
    const balances = await this.queries.poolBalances(manager, allocation.partnershipId);
    const amount = BigInt(allocation.amountCents);
    const sources = allocationSources(allocation.purposeId, amount, {
      earmarkedCents: balances.get(allocation.purposeId) ?? 0n,
      generalCents: balances.get(null) ?? 0n,
    });
    if (!sources) {
      allocation.status = FundAllocationStatus.REJECTED;
      allocation.refusalReason = FundRefusalReason.INSUFFICIENT_FUNDS;
      await manager.save(allocation);
      const left = (balances.get(allocation.purposeId) ?? 0n) + (balances.get(null) ?? 0n);
      await this.audit(manager, allocation, 'fund.allocation_unfunded', {
        outcome,
        voteId: vote.id,
        availableCents: left.toString(),
      });
      this.logger.warn(
        `Allocation ${allocation.id} was accepted but the fund can give only ${eurosText(left)} of ${eurosText(amount)}; refused`,
      );
      return;
    }
    const transaction = await this.ledger.post(manager, {
      partnershipId: allocation.partnershipId,
      kind: 'FUND_ALLOCATION',
      bookedOn: civilDate(allocation.decidedAt),
      description: msg('records.ledger.fundAllocation', { title: allocation.title }),
      postings: allocationPosting(allocation.purposeId, sources),
      source: { type: 'FUND_ALLOCATION', id: allocation.id },
      actorUserId: null,
    });
    allocation.status = FundAllocationStatus.APPROVED;
    allocation.transactionId = transaction.id;
    await manager.save(allocation);
    await this.audit(manager, allocation, 'fund.allocation_approved', {
      outcome,
      voteId: vote.id,
      transactionId: transaction.id,
      sources: sources.map((s) => ({ purposeId: s.purposeId ?? 'GENERAL', cents: s.amountCents.toString() })),
    });
    if (allocation.featureRequestId) await this.financeRequest(manager, allocation);
  }

  /** An approved allocation finances a request whose funding route is the fund, when the request can be financed now. */
  private async financeRequest(manager: EntityManager, allocation: FundAllocation): Promise<void> {
    const request = await manager.findOneBy(FeatureRequest, { id: allocation.featureRequestId as string });
    if (!request || request.fundingRoute !== 'DEVELOPMENT_FUND') return;
    try {
      await this.financing.markFinanced(manager, allocation.partnershipId, request.id, {
        actorUserId: null,
        source: { type: 'FUND_ALLOCATION', id: allocation.id },
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // The money stays allocated; the request is marked financed by hand once it reaches its financing stage.
      await this.audit(manager, allocation, 'fund.request_not_financed', {
        featureRequest: request.number,
        reason: error.message,
      });
    }
  }

  async recordDisbursement(viewer: Viewer, input: RecordFundDisbursementInput): Promise<FundDisbursementReceipt> {
    return this.dataSource.transaction(async (manager) => {
      // The allocation row lock serialises disbursements against it (and a reversal of its approval).
      const allocation = await manager.findOne(FundAllocation, {
        where: { id: input.allocationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!allocation)
        throw new AppError('NOT_FOUND', msg('fundPayout.allocationNotFound', { id: input.allocationId }));
      if (allocation.status !== FundAllocationStatus.APPROVED)
        throw new AppError(
          'CONFLICT',
          msg('fundPayout.onlyApprovedPaid', { status: msg(`fundPayout.allocationStatus.${allocation.status}`) }),
        );
      const [provider] = await manager.query(`SELECT id, name FROM organisations WHERE id = $1`, [
        input.providerOrganisationId,
      ]);
      if (!provider)
        throw AppError.badInput({
          providerOrganisationId: [msg('fundPayout.noOrganisationInDirectory', { id: input.providerOrganisationId })],
        });
      const approvedOn = (await bookingDateOf(manager, allocation.partnershipId, allocation.transactionId)) as string;
      if (input.paidOn < approvedOn)
        throw AppError.badInput({
          paidOn: [msg('fundPayout.paidBeforeApproved', { approvedOn, paidOn: input.paidOn })],
        });
      const remaining = await this.remaining(manager, allocation.partnershipId, allocation.id);
      const amount = BigInt(input.amountCents);
      if (amount > remaining)
        throw AppError.badInput({
          amountCents: [
            msg('fundPayout.atMostRemaining', { remaining: eurosDecimal(remaining), amount: eurosDecimal(amount) }),
          ],
        });
      const id = (await manager.query(`SELECT gen_random_uuid() AS id`))[0].id as string;
      const transaction = await this.ledger.post(manager, {
        partnershipId: allocation.partnershipId,
        kind: 'FUND_DISBURSEMENT',
        bookedOn: input.paidOn,
        description: msg('records.ledger.fundDisbursement', { title: allocation.title, provider: provider.name }),
        postings: disbursementPosting(allocation.purposeId, amount),
        counterpartyOrganisationId: provider.id,
        source: { type: 'FUND_ALLOCATION', id: allocation.id },
        actorUserId: viewer.user.id,
      });
      await manager.save(
        manager.create(FundDisbursement, {
          id,
          partnershipId: allocation.partnershipId,
          allocationId: allocation.id,
          providerOrganisationId: provider.id,
          amountCents: amount.toString(),
          paidOn: input.paidOn,
          transactionId: transaction.id,
          recordedByUserId: viewer.user.id,
        }),
      );
      await this.audit(
        manager,
        allocation,
        'fund.disbursement_recorded',
        {
          disbursementId: id,
          providerOrganisationId: provider.id,
          amountCents: amount.toString(),
          transactionId: transaction.id,
        },
        viewer.user.id,
      );
      return {
        id,
        allocationId: allocation.id,
        providerOrganisationId: provider.id,
        amountCents: amount.toString(),
        paidOn: input.paidOn,
        transactionId: transaction.id,
        remainingCents: (remaining - amount).toString(),
      };
    });
  }

  /** Allocated minus disbursed, both net of reversals, from the ledger. */
  private async remaining(manager: EntityManager, partnershipId: string, allocationId: string): Promise<bigint> {
    const [row] = await manager.query(
      `SELECT coalesce(allocated, 0)::text AS allocated, coalesce(disbursed, 0)::text AS disbursed FROM (${movementsSql('$1', '$2')}) m`,
      [partnershipId, allocationId],
    );
    return BigInt(row.allocated) - BigInt(row.disbursed);
  }

  /** An approval cannot be reversed while money paid out against it remains (reverse the disbursements first). */
  private async checkAllocationReversal(manager: EntityManager, transaction: LedgerTransaction): Promise<void> {
    if (transaction.kind !== 'FUND_ALLOCATION') return;
    await manager.query(`SELECT id FROM fund_allocations WHERE id = $1 FOR UPDATE`, [transaction.sourceId]);
    const [row] = await manager.query(
      `SELECT coalesce(disbursed, 0)::text AS disbursed FROM (${movementsSql('$1', '$2')}) m`,
      [transaction.partnershipId, transaction.sourceId],
    );
    if (BigInt(row.disbursed) > 0n) {
      throw new AppError(
        'CONFLICT',
        msg('fundPayout.paidOutAgainst', { disbursed: eurosDecimal(BigInt(row.disbursed)) }),
      );
    }
  }

  /** A contribution cannot be reversed once its pool has allocated the money: the fund would go below zero. */
  private async checkContributionReversal(manager: EntityManager, transaction: LedgerTransaction): Promise<void> {
    await this.purposes.ensure(manager, transaction.partnershipId, true);
    const postings = await this.ledger.postingsOf(manager, transaction.id);
    const fund = postings.find((p) => p.account.kind === 'FUND');
    if (!fund || fund.account.kind !== 'FUND') return;
    const available =
      (await this.queries.poolBalances(manager, transaction.partnershipId)).get(fund.account.purposeId) ?? 0n;
    if (available < -fund.amountCents) {
      throw new AppError(
        'CONFLICT',
        msg('fundPayout.poolAllocated', {
          available: eurosDecimal(available),
          amount: eurosDecimal(-fund.amountCents),
        }),
      );
    }
  }

  private audit(
    manager: EntityManager,
    allocation: FundAllocation,
    action: AuditAction,
    payload: Record<string, unknown>,
    actorUserId: string | null = null,
  ) {
    return appendAuditEvent(manager, {
      partnershipId: allocation.partnershipId,
      actorUserId,
      action,
      subjectType: 'FundAllocation',
      subjectId: allocation.id,
      payload: { title: allocation.title, amountCents: allocation.amountCents, ...payload },
    });
  }
}
