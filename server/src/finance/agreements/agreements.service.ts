import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { appendAuditEvent } from '../../audit/audit-append';
import type { AuditAction } from '../../audit/audit-actions';
import { Viewer } from '../../auth/viewer';
import { AppError } from '../../common/graphql/app-error';
import { InterestKind } from '../../feature-requests/feature-request-enums';
import { RequestFinancingService } from '../../feature-requests/request-financing.service';
import { MailService } from '../../mail/mail.service';
import { LedgerService } from '../ledger/ledger.service';
import { compareShares, Share } from './allocate';
import { AgreementStatus, ContractStatus, CostSplitMethod } from './agreement-enums';
import { computeSplit, ParticipantInput, postVersion, representedOrganisations, saveVersion } from './agreement-split';
import { today } from '../../common/civil-date';
import { CostAgreementCandidate, CostSplitPreview } from './agreement.types';
import { CostAgreement, CostAgreementVersion, CostContract, CostShareRow } from './agreements.entities';
import {
  CreateCostAgreementInput,
  DeclineCostContractInput,
  PreviewCostSplitInput,
  ResplitCostAgreementInput,
} from './dto/agreement.inputs';
import { MessageRef, msg, readerLanguage, render } from '../../common/i18n/messages';

const interestOrder: Record<string, number> = { WILL_CO_FUND: 0, WILL_USE: 1, SUPPORT: 2 };

/**
 * Cost-sharing agreements for accepted requests: preview, create from the offer and the interest, send one
 * contract per participant, sign or decline (only the participant's own representative), re-split among the
 * rest after a decline, and — when every contract is signed — finance: the shares are posted to the ledger
 * and the request is financed, in the same transaction.
 */
@Injectable()
export class AgreementsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly financing: RequestFinancingService,
    private readonly mail: MailService,
  ) {}

  onModuleInit() {
    // The posting of an agreement's current split is its financing: reversing it by hand would leave a
    // financed agreement with no receivables. A re-split moves the current version first, then reverses.
    // A provider payment (PROVIDER_PAYMENT) may be reversed: that only raises what is still owed to the provider.
    this.ledger.registerReversalCheck('COST_AGREEMENT', async (manager, transaction) => {
      if (transaction.kind !== 'COST_SHARE') return;
      const [current] = await manager.query(
        `SELECT a.title FROM cost_agreement_versions v JOIN cost_agreements a ON a.id = v.agreement_id AND a.current_version = v.version WHERE v.transaction_id = $1`,
        [transaction.id],
      );
      if (current) throw new AppError('CONFLICT', msg('agreement.currentSplit', { title: current.title }));
    });
  }

  async preview(input: PreviewCostSplitInput): Promise<CostSplitPreview> {
    const manager = this.dataSource.manager;
    const defaults = input.featureRequestId
      ? await this.requestDefaults(manager, input.partnershipId, input.featureRequestId)
      : null;
    const total = this.totalOf(input.totalCents ?? defaults?.totalCents ?? null);
    const participants =
      input.participants ?? defaults?.participants.map((p) => ({ organisationId: p.organisationId })) ?? [];
    const shares = await computeSplit(
      manager,
      input.partnershipId,
      input.method,
      total,
      participants,
      input.year ?? new Date().getFullYear(),
    );
    return { totalCents: total.toString(), method: input.method, shares: sharesView(total, shares) };
  }

  /** Accepted requests without a live agreement, with their offer and interest: what the “new agreement” form offers. */
  async candidates(partnershipId: string): Promise<CostAgreementCandidate[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT r.id FROM feature_requests r
        WHERE r.partnership_id = $1 AND r.financed_at IS NULL AND r.duplicate_of_id IS NULL
          AND (r.decision_outcome IS NULL OR r.decision_outcome = 'ACCEPTED')
          AND NOT EXISTS (SELECT 1 FROM cost_agreements a WHERE a.feature_request_id = r.id AND a.status <> 'CANCELLED')
        ORDER BY r.number DESC LIMIT 200`,
      [partnershipId],
    );
    const result: CostAgreementCandidate[] = [];
    for (const { id } of rows) {
      // The workflow decides which stages finance; assertFinanceable is the one place that knows.
      const candidate = await this.dataSource.transaction(async (manager) => {
        try {
          const request = await this.financing.assertFinanceable(manager, partnershipId, id);
          const defaults = await this.requestDefaults(manager, partnershipId, id);
          return {
            request,
            totalCents: defaults.totalCents,
            providerOrganisationId: defaults.providerOrganisationId,
            participants: defaults.participants,
          };
        } catch (error) {
          if (error instanceof AppError) return null;
          throw error;
        }
      });
      if (candidate) result.push(candidate);
    }
    return result;
  }

  async create(viewer: Viewer, input: CreateCostAgreementInput): Promise<CostAgreement> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.financing.assertFinanceable(manager, input.partnershipId, input.featureRequestId);
      const [live] = await manager.query(
        `SELECT id FROM cost_agreements WHERE feature_request_id = $1 AND status <> 'CANCELLED'`,
        [request.id],
      );
      if (live) throw new AppError('CONFLICT', msg('agreement.alreadyExists', { number: request.number, id: live.id }));
      const defaults = await this.requestDefaults(manager, input.partnershipId, request.id);
      const total = this.totalOf(input.totalCents ?? defaults.totalCents);
      const participants: ParticipantInput[] =
        input.participants ?? defaults.participants.map((p) => ({ organisationId: p.organisationId }));
      if (participants.length === 0)
        throw AppError.badInput({
          participants: [msg('agreement.nobodyInterested', { number: request.number })],
        });
      const providerOrganisationId = input.providerOrganisationId ?? defaults.providerOrganisationId;
      if (!providerOrganisationId)
        throw AppError.badInput({
          providerOrganisationId: [msg('agreement.noProvider')],
        });
      const shares = await computeSplit(
        manager,
        input.partnershipId,
        input.method,
        total,
        participants,
        input.year ?? new Date().getFullYear(),
      );
      const agreement = await manager.save(
        CostAgreement,
        manager.create(CostAgreement, {
          partnershipId: input.partnershipId,
          featureRequestId: request.id,
          title: input.title ?? `Kostenteilung #${request.number} ${request.title}`.slice(0, 300),
          totalCents: total.toString(),
          status: AgreementStatus.DRAFT,
          providerOrganisationId,
          recurring: false,
          currentVersion: 1,
          createdByUserId: viewer.user.id,
        }),
      );
      await saveVersion(manager, agreement, {
        version: 1,
        method: input.method,
        shares,
        reason: '',
        actorUserId: viewer.user.id,
      });
      await manager.insert(
        CostContract,
        shares.map((s) => ({
          agreementId: agreement.id,
          partnershipId: agreement.partnershipId,
          organisationId: s.organisationId,
          version: 1,
          status: ContractStatus.DRAFT,
        })),
      );
      await appendAuditEvent(manager, {
        partnershipId: agreement.partnershipId,
        actorUserId: viewer.user.id,
        action: 'agreement.created',
        subjectType: 'CostAgreement',
        subjectId: agreement.id,
        payload: {
          requestNumber: request.number,
          totalCents: agreement.totalCents,
          method: input.method,
          shares: shares.map((s) => ({ organisationId: s.organisationId, amountCents: s.amountCents.toString() })),
        },
      });
      return agreement;
    });
  }

  async send(viewer: Viewer, id: string): Promise<CostAgreement> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.lock(manager, id);
      if (agreement.recurring) throw new AppError('CONFLICT', msg('agreement.moduleNoContracts'));
      if (agreement.status !== AgreementStatus.DRAFT)
        throw new AppError(
          'CONFLICT',
          msg('agreement.onlyDraftSent', { status: msg(`agreement.status.${agreement.status}`) }),
        );
      const contracts = await manager.find(CostContract, { where: { agreementId: id, status: ContractStatus.DRAFT } });
      const now = new Date();
      await manager.update(
        CostContract,
        { id: In(contracts.map((c) => c.id)) },
        { status: ContractStatus.SENT, sentAt: now },
      );
      agreement.status = AgreementStatus.SENT;
      await manager.save(agreement);
      await this.notify(
        manager,
        agreement,
        contracts.map((c) => c.organisationId),
        msg('records.mail.agreement.toSign', { title: agreement.title }),
      );
      await appendAuditEvent(manager, {
        partnershipId: agreement.partnershipId,
        actorUserId: viewer.user.id,
        action: 'agreement.sent',
        subjectType: 'CostAgreement',
        subjectId: agreement.id,
        payload: { contracts: contracts.length },
      });
      return agreement;
    });
  }

  async sign(viewer: Viewer, contractId: string): Promise<CostAgreement> {
    return this.decide(viewer, contractId, async (manager, agreement, contract) => {
      contract.status = ContractStatus.SIGNED;
      await manager.save(contract);
      await this.audit(manager, viewer, agreement, 'agreement.contract_signed', {
        organisationId: contract.organisationId,
        version: contract.version,
      });
      // The contracts of the current split; a decline left behind by a re-split no longer counts.
      const open = await manager.count(CostContract, {
        where: { agreementId: agreement.id, version: agreement.currentVersion, status: Not(ContractStatus.SIGNED) },
      });
      if (open === 0) await this.finance(manager, viewer, agreement);
      return agreement;
    });
  }

  async decline(viewer: Viewer, input: DeclineCostContractInput): Promise<CostAgreement> {
    return this.decide(viewer, input.id, async (manager, agreement, contract) => {
      contract.status = ContractStatus.DECLINED;
      contract.declineReason = input.reason;
      await manager.save(contract);
      await this.audit(manager, viewer, agreement, 'agreement.contract_declined', {
        organisationId: contract.organisationId,
        version: contract.version,
        reason: input.reason,
      });
      return agreement;
    });
  }

  async resplit(viewer: Viewer, input: ResplitCostAgreementInput): Promise<CostAgreement> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.lock(manager, input.id);
      if (agreement.recurring) throw new AppError('CONFLICT', msg('agreement.moduleResplit'));
      if (agreement.status === AgreementStatus.FINANCED || agreement.status === AgreementStatus.CANCELLED) {
        throw new AppError(
          'CONFLICT',
          msg('agreement.notSplitAgain', { status: msg(`agreement.status.${agreement.status}`) }),
        );
      }
      const [current] = await manager.query(
        `SELECT id, method FROM cost_agreement_versions WHERE agreement_id = $1 AND version = $2`,
        [agreement.id, agreement.currentVersion],
      );
      const before = await manager.find(CostShareRow, { where: { versionId: current.id }, order: { position: 'ASC' } });
      const contracts = await manager.find(CostContract, { where: { agreementId: agreement.id } });
      const declined = new Set(
        contracts.filter((c) => c.status === ContractStatus.DECLINED).map((c) => c.organisationId),
      );
      const method = input.method ?? (current.method as CostSplitMethod);
      const participants: ParticipantInput[] =
        input.participants ??
        before
          .filter((s) => !declined.has(s.organisationId))
          .map((s) => ({
            organisationId: s.organisationId,
            weight: method === 'WEIGHTS' || method === 'PERCENTAGES' ? Number(s.basis) : null,
            amountCents: method === 'FIXED' ? s.amountCents : null,
          }));
      if (participants.length === 0) throw AppError.badInput({ participants: [msg('agreement.everyoneDeclined')] });
      const shares = await computeSplit(
        manager,
        agreement.partnershipId,
        method,
        BigInt(agreement.totalCents),
        participants,
        input.year ?? new Date().getFullYear(),
      );
      const version = agreement.currentVersion + 1;
      await saveVersion(manager, agreement, {
        version,
        method,
        shares,
        reason: input.reason,
        actorUserId: viewer.user.id,
      });
      agreement.currentVersion = version;
      await manager.save(agreement);
      const inSplit = new Set(shares.map((s) => s.organisationId));
      const status = agreement.status === AgreementStatus.SENT ? ContractStatus.SENT : ContractStatus.DRAFT;
      const sentAt = status === ContractStatus.SENT ? new Date() : null;
      for (const contract of contracts) {
        if (inSplit.has(contract.organisationId))
          Object.assign(contract, {
            status,
            sentAt,
            version,
            decidedAt: null,
            decidedByUserId: null,
            declineReason: null,
          });
        else if (contract.status !== ContractStatus.DECLINED) contract.status = ContractStatus.REMOVED;
      }
      await manager.save(contracts);
      const known = new Set(contracts.map((c) => c.organisationId));
      const added = shares.filter((s) => !known.has(s.organisationId));
      if (added.length) {
        await manager.insert(
          CostContract,
          added.map((s) => ({
            agreementId: agreement.id,
            partnershipId: agreement.partnershipId,
            organisationId: s.organisationId,
            version,
            status,
            sentAt,
          })),
        );
      }
      if (status === ContractStatus.SENT)
        await this.notify(
          manager,
          agreement,
          [...inSplit],
          msg('records.mail.agreement.resplit', { title: agreement.title }),
        );
      const comparison = compareShares(
        before.map((s) => ({ organisationId: s.organisationId, amountCents: BigInt(s.amountCents) })),
        shares,
      ).map((c) => ({
        organisationId: c.organisationId,
        beforeCents: c.beforeCents?.toString() ?? null,
        afterCents: c.afterCents?.toString() ?? null,
      }));
      await this.audit(manager, viewer, agreement, 'agreement.resplit', {
        version,
        method,
        reason: input.reason,
        comparison,
      });
      return agreement;
    });
  }

  /** Locks the agreement, checks the contract is open and the viewer represents its organisation. */
  private async decide(
    viewer: Viewer,
    contractId: string,
    apply: (manager: EntityManager, agreement: CostAgreement, contract: CostContract) => Promise<CostAgreement>,
  ) {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(CostContract, { id: contractId });
      if (!found) throw new AppError('NOT_FOUND', msg('agreement.contractNotFound', { id: contractId }));
      // The agreement's row lock serialises signatures, so exactly one of two last signatures finances it.
      const agreement = await this.lock(manager, found.agreementId);
      const contract = await manager.findOneByOrFail(CostContract, { id: contractId });
      if (!representedOrganisations(viewer, contract.partnershipId).includes(contract.organisationId)) {
        const [org] = await manager.query(`SELECT name FROM organisations WHERE id = $1`, [contract.organisationId]);
        throw new AppError(
          'FORBIDDEN',
          msg('agreement.onlyRepresentativeSigns', {
            organisation: org?.name ?? msg('agreement.theParticipatingOrganisation'),
          }),
        );
      }
      if (agreement.status !== AgreementStatus.SENT)
        throw new AppError(
          'CONFLICT',
          msg('agreement.onlySentAgreement', { status: msg(`agreement.status.${agreement.status}`) }),
        );
      if (contract.status !== ContractStatus.SENT)
        throw new AppError(
          'CONFLICT',
          msg('agreement.onlySentContract', { status: msg(`agreement.status.${contract.status}`) }),
        );
      contract.decidedAt = new Date();
      contract.decidedByUserId = viewer.user.id;
      return apply(manager, agreement, contract);
    });
  }

  private async finance(manager: EntityManager, viewer: Viewer, agreement: CostAgreement) {
    const version = await manager.findOneByOrFail(CostAgreementVersion, {
      agreementId: agreement.id,
      version: agreement.currentVersion,
    });
    const transactionId = await postVersion(manager, this.ledger, agreement, version, today(), viewer.user.id);
    agreement.status = AgreementStatus.FINANCED;
    agreement.financedAt = new Date();
    await manager.save(agreement);
    if (agreement.featureRequestId) {
      await this.financing.markFinanced(manager, agreement.partnershipId, agreement.featureRequestId, {
        actorUserId: viewer.user.id,
        source: { type: 'COST_AGREEMENT', id: agreement.id },
      });
    }
    await this.audit(manager, viewer, agreement, 'agreement.financed', {
      transactionId,
      totalCents: agreement.totalCents,
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<CostAgreement> {
    const agreement = await manager.findOne(CostAgreement, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!agreement) throw new AppError('NOT_FOUND', msg('agreement.notFound', { id }));
    return agreement;
  }

  private totalOf(cents: string | null): bigint {
    if (!cents) throw AppError.badInput({ totalCents: [msg('agreement.noOfferAmount')] });
    return BigInt(cents);
  }

  /** The request's offer, its provider (else the product owner organisation), and who declared interest, co-funders first. */
  private async requestDefaults(manager: EntityManager, partnershipId: string, requestId: string) {
    const [request] = await manager.query(
      `SELECT r.amount_cents, r.provider_organisation_id, p.product_owner_organisation_id
         FROM feature_requests r JOIN partnerships p ON p.id = r.partnership_id WHERE r.id = $1 AND r.partnership_id = $2`,
      [requestId, partnershipId],
    );
    if (!request) throw new AppError('NOT_FOUND', msg('request.notFoundHere', { id: requestId }));
    const interest: { organisation_id: string; kind: InterestKind; co_fund_up_to_cents: string | null }[] =
      await manager.query(
        `SELECT m.organisation_id, d.kind, d.co_fund_up_to_cents FROM interest_declarations d JOIN memberships m ON m.id = d.membership_id
        WHERE d.request_id = $1 AND m.status = 'ACTIVE' ORDER BY d.declared_at, d.id`,
        [requestId],
      );
    interest.sort((a, b) => interestOrder[a.kind] - interestOrder[b.kind]);
    return {
      totalCents:
        (request.amount_cents as string | null) && request.amount_cents !== '0'
          ? (request.amount_cents as string)
          : null,
      providerOrganisationId: (request.provider_organisation_id ?? request.product_owner_organisation_id ?? null) as
        string | null,
      participants: interest.map((i) => ({
        organisationId: i.organisation_id,
        interest: i.kind,
        coFundUpToCents: i.co_fund_up_to_cents,
      })),
    };
  }

  /** A mail to each representative of the organisations, in the representative's preferred language. */
  private async notify(
    manager: EntityManager,
    agreement: CostAgreement,
    organisationIds: string[],
    subject: MessageRef,
  ) {
    const recipients: { email: string; name: string; preferred_language: string }[] = await manager.query(
      `SELECT DISTINCT u.email, o.name, u.preferred_language FROM partnership_roles r JOIN users u ON u.id = r.user_id JOIN organisations o ON o.id = r.organisation_id
        WHERE r.partnership_id = $1 AND r.role = 'REPRESENTATIVE' AND r.organisation_id = ANY($2::uuid[])`,
      [agreement.partnershipId, organisationIds],
    );
    for (const r of recipients) {
      const language = readerLanguage(undefined, r.preferred_language);
      await this.mail.send(
        manager,
        r.email,
        render(subject, language),
        render(msg('records.mail.agreement.body', { title: agreement.title, organisation: r.name }), language),
      );
    }
  }

  private audit(
    manager: EntityManager,
    viewer: Viewer,
    agreement: CostAgreement,
    action: AuditAction,
    payload: Record<string, unknown>,
  ) {
    return appendAuditEvent(manager, {
      partnershipId: agreement.partnershipId,
      actorUserId: viewer.user.id,
      action,
      subjectType: 'CostAgreement',
      subjectId: agreement.id,
      payload,
    });
  }
}

/** Each share with what the participant saves against paying the total alone. */
export function sharesView(total: bigint, shares: readonly Share[]) {
  return shares.map((s) => ({
    organisationId: s.organisationId,
    amountCents: s.amountCents.toString(),
    exactCents: s.exactCents,
    roundedUp: s.roundedUp,
    basis: s.basis.toString(),
    savedCents: (total - s.amountCents).toString(),
  }));
}
