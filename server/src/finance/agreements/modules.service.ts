import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { appendAuditEvent } from '../../audit/audit-append';
import type { AuditAction } from '../../audit/audit-actions';
import { Viewer } from '../../auth/viewer';
import { AppError } from '../../common/graphql/app-error';
import { MessageRef, msg } from '../../common/i18n/messages';
import { storedMessage } from '../../common/i18n/stored-text';
import { MembershipChanged, MembershipChangedHooks } from '../../memberships/membership-changed-hooks';
import { bookingDateOf } from '../ledger/ledger-reads';
import { LedgerService } from '../ledger/ledger.service';
import { AgreementStatus, CostSplitMethod } from './agreement-enums';
import { computeSplit, postVersion, saveVersion } from './agreement-split';
import { today } from '../../common/civil-date';
import { CostAgreement, CostAgreementVersion, ModuleUse, PartnershipModule } from './agreements.entities';
import { CreateModuleInput, SetModuleUseInput, UpdateModuleInput } from './dto/agreement.inputs';

/**
 * The module catalogue and its recurring agreements (OSCA: a module's maintenance is borne by the members
 * using it). A year's split is posted when it is renewed; when a member starts or stops using the module
 * during that year, the split is redone among the users of that day: the earlier posting is reversed and
 * the new one posted, so each share falls as the group grows. Each split is a version (before/after).
 */
@Injectable()
export class ModulesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly membershipChanged: MembershipChangedHooks,
  ) {}

  onModuleInit() {
    this.membershipChanged.register('module-uses', ['left'], (manager, change) =>
      this.endUsesOfLeaver(manager, change),
    );
  }

  list(partnershipId: string): Promise<PartnershipModule[]> {
    return this.dataSource
      .getRepository(PartnershipModule)
      .find({ where: { partnershipId }, order: { name: 'ASC', id: 'ASC' }, take: 500 });
  }

  async create(viewer: Viewer, input: CreateModuleInput): Promise<PartnershipModule> {
    return this.dataSource.transaction(async (manager) => {
      const [clash] = await manager.query(`SELECT id FROM modules WHERE partnership_id = $1 AND name = $2`, [
        input.partnershipId,
        input.name,
      ]);
      if (clash) throw AppError.badInput({ name: [msg('module.nameTaken', { name: input.name })] });
      const module = await manager.save(
        PartnershipModule,
        manager.create(PartnershipModule, {
          partnershipId: input.partnershipId,
          name: input.name,
          description: input.description ?? '',
          annualCostCents: input.annualCostCents ?? null,
          providerOrganisationId: input.providerOrganisationId ?? null,
        }),
      );
      await this.audit(manager, viewer.user.id, module, 'module.created', {
        name: module.name,
        annualCostCents: module.annualCostCents,
      });
      return module;
    });
  }

  async update(viewer: Viewer, input: UpdateModuleInput): Promise<PartnershipModule> {
    return this.dataSource.transaction(async (manager) => {
      const module = await this.lock(manager, input.id);
      if (input.name !== undefined && input.name !== module.name) {
        const [clash] = await manager.query(
          `SELECT id FROM modules WHERE partnership_id = $1 AND name = $2 AND id <> $3`,
          [module.partnershipId, input.name, module.id],
        );
        if (clash) throw AppError.badInput({ name: [msg('module.nameTaken', { name: input.name })] });
        module.name = input.name;
      }
      if (input.description !== undefined) module.description = input.description;
      // A new yearly cost applies from the next renewal; a year already split keeps its total.
      if (input.annualCostCents !== undefined) module.annualCostCents = input.annualCostCents;
      await manager.save(module);
      await this.audit(manager, viewer.user.id, module, 'module.updated', {
        name: module.name,
        annualCostCents: module.annualCostCents,
      });
      return module;
    });
  }

  async setUse(viewer: Viewer, input: SetModuleUseInput): Promise<PartnershipModule> {
    return this.dataSource.transaction(async (manager) => {
      const module = await this.lock(manager, input.moduleId);
      const on = input.on ?? today();
      const [member] = await manager.query(
        `SELECT o.name, m.status FROM organisations o LEFT JOIN memberships m ON m.organisation_id = o.id AND m.partnership_id = $1 WHERE o.id = $2`,
        [module.partnershipId, input.organisationId],
      );
      if (!member)
        throw AppError.badInput({ organisationId: [msg('module.noOrganisation', { id: input.organisationId })] });
      const open = await manager.findOneBy(ModuleUse, {
        moduleId: module.id,
        organisationId: input.organisationId,
        until: IsNull(),
      });
      if (input.inUse) {
        if (member.status !== 'ACTIVE')
          throw AppError.badInput({
            organisationId: [msg('module.onlyActiveMembers', { name: member.name })],
          });
        if (open) return module;
        await manager.insert(ModuleUse, {
          moduleId: module.id,
          partnershipId: module.partnershipId,
          organisationId: input.organisationId,
          since: on,
          until: null,
        });
      } else {
        if (!open) return module;
        if (on < open.since)
          throw AppError.badInput({
            on: [msg('module.stopBeforeSince', { name: member.name, since: open.since, on })],
          });
        open.until = on;
        await manager.save(open);
      }
      await this.audit(manager, viewer.user.id, module, input.inUse ? 'module.use_started' : 'module.use_ended', {
        organisationId: input.organisationId,
        on,
      });
      await this.resplitYear(
        manager,
        viewer.user.id,
        module,
        on,
        msg(input.inUse ? 'records.modules.useStarted' : 'records.modules.useEnded', { member: member.name, date: on }),
      );
      return module;
    });
  }

  /**
   * A member that leaves the partnership stops using its modules on the leaving date (or on the day a use
   * began, if it began later), and each of those years' splits is redone without it, in the leaving transaction.
   */
  private async endUsesOfLeaver(manager: EntityManager, { membership, on, actorUserId }: MembershipChanged) {
    const open = await manager.find(ModuleUse, {
      where: { partnershipId: membership.partnershipId, organisationId: membership.organisationId, until: IsNull() },
      order: { moduleId: 'ASC' },
    });
    if (open.length === 0) return;
    const [organisation] = await manager.query(`SELECT name FROM organisations WHERE id = $1`, [
      membership.organisationId,
    ]);
    for (const use of open) {
      // In module id order, so two members leaving at once with modules in common queue up instead of deadlocking.
      const module = await this.lock(manager, use.moduleId);
      const until = on < use.since ? use.since : on;
      use.until = until;
      await manager.save(use);
      await this.audit(manager, actorUserId, module, 'module.use_ended', {
        organisationId: membership.organisationId,
        on: until,
        reason: 'membership_left',
      });
      await this.resplitYear(
        manager,
        actorUserId,
        module,
        until,
        msg('records.modules.memberLeft', { member: organisation?.name ?? membership.organisationId, date: until }),
      );
    }
  }

  /** Redoes the module's split of the day's year (if it has one) among the users of that day. */
  private async resplitYear(
    manager: EntityManager,
    actorUserId: string | null,
    module: PartnershipModule,
    on: string,
    reason: MessageRef,
  ) {
    const year = Number(on.slice(0, 4));
    const agreement = await manager.findOne(CostAgreement, {
      where: { moduleId: module.id, year, recurring: true },
      lock: { mode: 'pessimistic_write' },
    });
    if (agreement) await this.redo(manager, actorUserId, agreement, on, reason);
  }

  /** Creates (and posts) each module's split for the year among the members using it; a year split before is left as it is. */
  async renew(
    viewer: Viewer,
    partnershipId: string,
    year: number,
  ): Promise<{ created: number; agreements: CostAgreement[] }> {
    return this.dataSource.transaction(async (manager) => {
      // One renewal per partnership at a time, so two treasurers clicking at once create each year's split once.
      await manager.query(`SELECT id FROM partnerships WHERE id = $1 FOR UPDATE`, [partnershipId]);
      const modules = await manager.query(
        `SELECT m.id FROM modules m WHERE m.partnership_id = $1 AND m.annual_cost_cents IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM cost_agreements a WHERE a.module_id = m.id AND a.year = $2 AND a.recurring) ORDER BY m.name`,
        [partnershipId, year],
      );
      const on = this.splitDate(year);
      let created = 0;
      for (const { id } of modules as { id: string }[]) {
        const module = await manager.findOneByOrFail(PartnershipModule, { id });
        const users = await this.usersOn(manager, module.id, on);
        if (users.length === 0) continue;
        const provider = module.providerOrganisationId ?? (await this.productOwnerOf(manager, partnershipId));
        if (!provider)
          throw AppError.badInput({
            partnershipId: [msg('module.noProvider', { name: module.name })],
          });
        const agreement = await manager.save(
          CostAgreement,
          manager.create(CostAgreement, {
            partnershipId,
            moduleId: module.id,
            title: `Wartung ${module.name} ${year}`,
            totalCents: module.annualCostCents as string,
            status: AgreementStatus.FINANCED,
            providerOrganisationId: provider,
            recurring: true,
            year,
            currentVersion: 1,
            financedAt: new Date(),
            createdByUserId: viewer.user.id,
          }),
        );
        const shares = await computeSplit(
          manager,
          partnershipId,
          CostSplitMethod.EQUAL,
          BigInt(agreement.totalCents),
          users.map((organisationId) => ({ organisationId })),
          year,
        );
        const version = await saveVersion(manager, agreement, {
          version: 1,
          method: CostSplitMethod.EQUAL,
          shares,
          reason: msg('records.modules.yearlySplit', { year }),
          actorUserId: viewer.user.id,
        });
        await postVersion(manager, this.ledger, agreement, version, on, viewer.user.id);
        await appendAuditEvent(manager, {
          partnershipId,
          actorUserId: viewer.user.id,
          action: 'agreement.renewed',
          subjectType: 'CostAgreement',
          subjectId: agreement.id,
          payload: { moduleId: module.id, year, users: users.length, totalCents: agreement.totalCents },
        });
        created += 1;
      }
      const agreements = await manager.find(CostAgreement, {
        where: { partnershipId, year, recurring: true },
        order: { title: 'ASC' },
      });
      return { created, agreements };
    });
  }

  /**
   * Splits the year again among the users of the given day: a new version, the old posting reversed, the new
   * one posted (booked on that day, or on the old posting's day if that is later). When nobody uses the module
   * any more, the year's split stands as it is: the year's maintenance was committed, and a split among no one
   * does not exist; the next user to join takes it over by a new split.
   */
  private async redo(
    manager: EntityManager,
    actorUserId: string | null,
    agreement: CostAgreement,
    on: string,
    reason: MessageRef,
  ) {
    const users = await this.usersOn(manager, agreement.moduleId as string, on);
    if (users.length === 0) return;
    const previous = await manager.findOneByOrFail(CostAgreementVersion, {
      agreementId: agreement.id,
      version: agreement.currentVersion,
    });
    const postedOn = previous.transactionId
      ? await bookingDateOf(manager, agreement.partnershipId, previous.transactionId)
      : null;
    const bookedOn = postedOn && postedOn > on ? postedOn : on;
    const shares = await computeSplit(
      manager,
      agreement.partnershipId,
      CostSplitMethod.EQUAL,
      BigInt(agreement.totalCents),
      users.map((organisationId) => ({ organisationId })),
      agreement.year as number,
    );
    // The new version becomes current before the old posting is reversed: the reversal check allows only a superseded posting.
    agreement.currentVersion += 1;
    await manager.save(agreement);
    const version = await saveVersion(manager, agreement, {
      version: agreement.currentVersion,
      method: CostSplitMethod.EQUAL,
      shares,
      reason,
      actorUserId,
    });
    if (previous.transactionId)
      await this.ledger.reverse(manager, {
        partnershipId: agreement.partnershipId,
        transactionId: previous.transactionId,
        reason,
        actorUserId,
        bookedOn,
      });
    await postVersion(manager, this.ledger, agreement, version, bookedOn, actorUserId);
    await appendAuditEvent(manager, {
      partnershipId: agreement.partnershipId,
      actorUserId,
      action: 'agreement.resplit',
      subjectType: 'CostAgreement',
      subjectId: agreement.id,
      payload: { version: agreement.currentVersion, reason: storedMessage(reason), users: users.length },
    });
  }

  /** Members using the module on the day (a use that ends on a day no longer counts that day), by organisation id. */
  private async usersOn(manager: EntityManager, moduleId: string, on: string): Promise<string[]> {
    const rows: { organisation_id: string }[] = await manager.query(
      `SELECT u.organisation_id FROM module_uses u JOIN modules m ON m.id = u.module_id
         JOIN memberships ms ON ms.organisation_id = u.organisation_id AND ms.partnership_id = m.partnership_id AND ms.status = 'ACTIVE'
        WHERE u.module_id = $1 AND u.since <= $2 AND (u.until IS NULL OR u.until > $2) ORDER BY u.organisation_id`,
      [moduleId, on],
    );
    return rows.map((r) => r.organisation_id);
  }

  /** This year's split is made among today's users; another year's among those of its first day. */
  private splitDate(year: number): string {
    const now = today();
    return Number(now.slice(0, 4)) === year ? now : `${year}-01-01`;
  }

  private async productOwnerOf(manager: EntityManager, partnershipId: string): Promise<string | null> {
    const [row] = await manager.query(`SELECT product_owner_organisation_id AS id FROM partnerships WHERE id = $1`, [
      partnershipId,
    ]);
    return row?.id ?? null;
  }

  private async lock(manager: EntityManager, id: string): Promise<PartnershipModule> {
    const module = await manager.findOne(PartnershipModule, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!module) throw new AppError('NOT_FOUND', msg('module.notFound', { id }));
    return module;
  }

  private audit(
    manager: EntityManager,
    actorUserId: string | null,
    module: PartnershipModule,
    action: AuditAction,
    payload: Record<string, unknown>,
  ) {
    return appendAuditEvent(manager, {
      partnershipId: module.partnershipId,
      actorUserId,
      action,
      subjectType: 'Module',
      subjectId: module.id,
      payload,
    });
  }
}
