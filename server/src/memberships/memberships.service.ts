import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { Viewer } from '../auth/viewer';
import { AppError, type FieldErrors } from '../common/graphql/app-error';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { AddMembershipInput } from './dto/add-membership.input';
import { UpdateMembershipInput } from './dto/update-membership.input';
import { today } from '../common/civil-date';
import { checkMembershipDates } from './membership-dates';
import { MembershipChangedHooks } from './membership-changed-hooks';
import { MembershipStatus } from './membership-status';
import { Membership } from './membership.entity';
import { msg } from '../common/i18n/messages';

@Injectable()
export class MembershipsService {
  constructor(
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(Partnership) private readonly partnerships: Repository<Partnership>,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly dataSource: DataSource,
    private readonly hooks: MembershipChangedHooks,
  ) {}

  async add(input: AddMembershipInput, viewer: Viewer): Promise<Membership> {
    const [partnership, organisation] = await Promise.all([
      this.partnerships.findOneBy({ id: input.partnershipId }),
      this.organisations.findOneBy({ id: input.organisationId }),
    ]);
    const missing: FieldErrors = {};
    if (!partnership) missing.partnershipId = [msg('membership.noPartnership', { id: input.partnershipId })];
    if (!organisation) missing.organisationId = [msg('membership.noOrganisation', { id: input.organisationId })];
    if (!partnership || !organisation) throw AppError.badInput(missing);

    const existing = await this.memberships.findOneBy({
      partnershipId: partnership.id,
      organisationId: organisation.id,
    });
    if (existing) {
      throw new AppError(
        'CONFLICT',
        msg('membership.alreadyMember', {
          organisation: organisation.name,
          partnership: partnership.name,
          status: existing.status,
        }),
        { fields: { organisationId: [msg('membership.alreadyMemberField')] }, membershipId: existing.id },
      );
    }
    const membership = this.memberships.create({
      status: MembershipStatus.ACTIVE,
      voting: true,
      voteWeight: '1',
      vetoRight: false,
      joinedOn: null,
      leftOn: null,
      ...input,
    });
    if (membership.status === MembershipStatus.ACTIVE && !membership.joinedOn) membership.joinedOn = today();
    this.assertConsistent(membership);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(membership);
      // Committee seats and whatever else follows a membership (registered hooks).
      await this.hooks.run(manager, {
        event: 'admitted',
        membership: saved,
        on: saved.joinedOn ?? today(),
        actorUserId: viewer.user.id,
      });
      await appendAuditEvent(manager, {
        partnershipId: saved.partnershipId,
        actorUserId: viewer.user.id,
        action: 'membership.added',
        subjectType: 'Membership',
        subjectId: saved.id,
        payload: { organisationId: saved.organisationId, organisation: organisation.name, ...auditedFields(saved) },
      });
      return saved;
    });
  }

  async update(id: string, input: UpdateMembershipInput, viewer: Viewer): Promise<Membership> {
    AppError.refuseRemoval(input, ['status', 'voting', 'voteWeight', 'vetoRight']);
    // The row stays locked until the change and its audit event are written, so "before" is exact.
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOne(Membership, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!membership) throw new AppError('NOT_FOUND', msg('membership.notFound', { id }));
      const before = auditedFields(membership);
      const wasLeft = membership.status === MembershipStatus.LEFT;
      manager.merge(Membership, membership, input as Partial<Membership>);
      // Leaving without a date means leaving today; rejoining clears the leaving date.
      if (membership.status === MembershipStatus.LEFT && !membership.leftOn && input.leftOn === undefined)
        membership.leftOn = today();
      if (wasLeft && membership.status !== MembershipStatus.LEFT && input.leftOn === undefined)
        membership.leftOn = null;
      if (membership.status === MembershipStatus.ACTIVE && !membership.joinedOn) membership.joinedOn = today();
      this.assertConsistent(membership);
      const saved = await manager.save(membership);
      // Seats follow the membership (joining seats it, leaving ends its seats on the leaving date); leaving
      // also ends what hangs on it elsewhere (module uses and their cost splits). Both through registered hooks.
      const event = !wasLeft && saved.status === MembershipStatus.LEFT ? 'left' : 'changed';
      await this.hooks.run(manager, {
        event,
        membership: saved,
        on: saved.leftOn ?? today(),
        actorUserId: viewer.user.id,
      });
      const after = auditedFields(saved);
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => after[key] !== before[key]);
      if (changed.length > 0) {
        await appendAuditEvent(manager, {
          partnershipId: saved.partnershipId,
          actorUserId: viewer.user.id,
          action: 'membership.changed',
          subjectType: 'Membership',
          subjectId: saved.id,
          payload: { organisationId: saved.organisationId, before: pick(before, changed), after: pick(after, changed) },
        });
      }
      return saved;
    });
  }

  /**
   * Admits an organisation in the caller's transaction (an application was accepted): a new membership, or
   * its former one (left, rejected …) made active again, joined today; the admitted hooks seat it.
   */
  async admit(
    manager: EntityManager,
    partnershipId: string,
    organisationId: string,
    actorUserId: string | null,
  ): Promise<Membership> {
    const existing = await manager.findOneBy(Membership, { partnershipId, organisationId });
    const membership = await manager.save(
      manager.merge(
        Membership,
        existing ??
          manager.create(Membership, {
            partnershipId,
            organisationId,
            voting: true,
            voteWeight: '1',
            vetoRight: false,
          }),
        {
          status: MembershipStatus.ACTIVE,
          joinedOn: today(),
          leftOn: null,
        },
      ),
    );
    await this.hooks.run(manager, { event: 'admitted', membership, on: today(), actorUserId });
    return membership;
  }

  private assertConsistent(membership: Membership): void {
    const errors = checkMembershipDates(membership);
    if (Object.keys(errors).length > 0) throw AppError.badInput(errors);
  }
}

/** The fields of a membership that decide votes and rights, as the audit log records them. */
function auditedFields(m: Membership) {
  return {
    status: m.status,
    voting: m.voting,
    voteWeight: m.voteWeight,
    vetoRight: m.vetoRight,
    joinedOn: m.joinedOn,
    leftOn: m.leftOn,
  };
}

function pick<T extends object>(value: T, keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Partial<T>;
}
