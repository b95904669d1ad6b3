import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, MoreThan, Repository } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { hashPassword } from '../auth/passwords';
import { Permission, permissionsIn, Role } from '../common/auth/permissions';
import { HttpContext, SessionsService } from '../auth/sessions.service';
import { hashToken, newToken } from '../common/auth/tokens';
import { Viewer } from '../auth/viewer';
import { APP_CONFIG } from '../common/config/app-config.provider';
import { AppConfig } from '../common/config/config';
import { AppError, type FieldErrors } from '../common/graphql/app-error';
import { decodeTimeCursor, Page, toPage } from '../common/graphql/pagination';
import { matchesSearch, searchPattern, SearchPageArgs } from '../common/graphql/search';
import { type MessageRef, msg } from '../common/i18n/messages';
import { MailService } from '../mail/mail.service';
import { MembershipStatus } from '../memberships/membership-status';
import { Membership } from '../memberships/membership.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { User } from '../users/user.entity';
import { AcceptInvitationInput, CreateInvitationInput } from './dto/people.inputs';
import { InvitationPreview } from './invitation-preview';
import { Invitation } from './invitation.entity';
import { PartnershipRole } from './partnership-role.entity';
import { RepresentationService, RepresentedOrganisation } from './representation.service';
import { grantableRoles, mayGrant, mayRemove, representedOrganisations, RoleChange, Verdict } from './role-grants';
import { ViewerGrants } from './viewer-grants';
import { createUser } from '../users/user-writes';

const roleNames: Record<Role, string> = {
  [Role.REPRESENTATIVE]: 'Vertretung / representative',
  [Role.COMMUNITY_MANAGER]: 'Community Management',
  [Role.PRODUCT_OWNER]: 'Produktverantwortung / product owner',
  [Role.TREASURER]: 'Kasse / treasurer',
  [Role.ADMIN]: 'Administration',
  [Role.OBSERVER]: 'Beobachtung / observer',
};

@Injectable()
export class PeopleService {
  constructor(
    @InjectRepository(PartnershipRole) private readonly roles: Repository<PartnershipRole>,
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly sessions: SessionsService,
    private readonly representation: RepresentationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `search`: a part of the person's name or of the represented organisation's name (not the e-mail address). */
  people(partnershipId: string, search?: string): Promise<PartnershipRole[]> {
    const pattern = searchPattern(search);
    if (!pattern) return this.roles.find({ where: { partnershipId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return this.roles
      .createQueryBuilder('r')
      .innerJoin(User, 'u', 'u.id = r.user_id')
      .leftJoin(Organisation, 'o', 'o.id = r.organisation_id')
      .where('r.partnership_id = :partnershipId', { partnershipId })
      .andWhere(`(${matchesSearch('u.display_name', ':pattern')} OR ${matchesSearch('o.name', ':pattern')})`, {
        pattern,
      })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  /**
   * One page of `people`, oldest first: keyset over (created_at to the millisecond, id), the precision a cursor keeps.
   * `search` as in `people`.
   */
  async pageOfPeople(partnershipId: string, args: SearchPageArgs): Promise<Page<PartnershipRole>> {
    const created = `date_trunc('milliseconds', r.created_at)`;
    const query = this.roles.createQueryBuilder('r').where('r.partnership_id = :partnershipId', { partnershipId });
    const pattern = searchPattern(args.search);
    if (pattern)
      query
        .innerJoin(User, 'u', 'u.id = r.user_id')
        .leftJoin(Organisation, 'o', 'o.id = r.organisation_id')
        .andWhere(`(${matchesSearch('u.display_name', ':pattern')} OR ${matchesSearch('o.name', ':pattern')})`, {
          pattern,
        });
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [at, id] = decodeTimeCursor(args.after);
      query.andWhere(`(${created}, r.id) > (:at::timestamptz, :id::uuid)`, { at, id });
    }
    const rows = await query
      .orderBy(created, 'ASC')
      .addOrderBy('r.id', 'ASC')
      // LIMIT, not take(): the joins add at most one row each, and take() cannot order by an expression over joins.
      .limit(args.first + 1)
      .getMany();
    return toPage(rows, args.first, totalCount, (r) => r.createdAt.toISOString());
  }

  /** Every open invitation for those who manage people; a representative sees those for its own organisation. */
  openInvitations(viewer: Viewer, partnershipId: string): Promise<Invitation[]> {
    const open = { partnershipId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) };
    const everything = permissionsIn(viewer, partnershipId).has(Permission.PEOPLE_MANAGE);
    const own = representedOrganisations(viewer, partnershipId);
    if (!everything && own.length === 0) return Promise.resolve([]);
    return this.invitations.find({
      where: everything ? open : { ...open, role: Role.REPRESENTATIVE, organisationId: In(own) },
      order: { createdAt: 'DESC' },
    });
  }

  /** What the viewer may grant here, for the invitation form (the mutations check again). */
  async viewerGrants(viewer: Viewer | null, partnershipId: string): Promise<ViewerGrants> {
    if (!viewer) return { roles: [], representativeOrganisations: [] };
    const managesPeople = permissionsIn(viewer, partnershipId).has(Permission.PEOPLE_MANAGE);
    const representativeOrganisations = await this.representation.appointable(
      this.dataSource.manager,
      partnershipId,
      viewer,
      managesPeople,
    );
    const roles = grantableRoles(viewer, partnershipId);
    return {
      roles: representativeOrganisations.length > 0 ? [Role.REPRESENTATIVE, ...roles] : roles,
      representativeOrganisations,
    };
  }

  async invite(viewer: Viewer, input: CreateInvitationInput): Promise<Invitation> {
    const partnership = await this.dataSource.getRepository(Partnership).findOneBy({ id: input.partnershipId });
    if (!partnership)
      throw AppError.badInput({ partnershipId: [msg('people.noPartnership', { id: input.partnershipId })] });
    const organisation = await this.representedOrganisation(
      input.partnershipId,
      input.role,
      input.organisationId ?? null,
    );
    const holder = await this.dataSource
      .getRepository(PartnershipRole)
      .createQueryBuilder('r')
      .innerJoin(User, 'u', 'u.id = r.user_id')
      .where('r.partnership_id = :p AND r.role = :role AND u.email = :email', {
        p: partnership.id,
        role: input.role,
        email: input.email,
      })
      .andWhere(organisation ? 'r.organisation_id = :o' : 'r.organisation_id IS NULL', { o: organisation?.id })
      .getOne();
    if (holder)
      throw new AppError(
        'CONFLICT',
        msg('people.alreadyHoldsRole', { email: input.email, role: input.role, partnership: partnership.name }),
      );

    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + this.config.invitationTtlDays * 24 * 3600 * 1000);
    return this.dataSource.transaction(async (manager) => {
      const represented = organisation
        ? await this.representation.lock(manager, partnership.id, organisation.id)
        : null;
      assertAllowed(mayGrant(viewer, { partnershipId: partnership.id, role: input.role, organisation: represented }));
      const invitation = await manager.save(
        Invitation,
        manager.create(Invitation, {
          tokenHash: hash,
          email: input.email,
          partnershipId: partnership.id,
          role: input.role,
          organisationId: organisation?.id ?? null,
          invitedByUserId: viewer.user.id,
          expiresAt,
          acceptedAt: null,
          revokedAt: null,
        }),
      );
      const link = `${this.mail.publicUrl}/einladung/${token}`;
      const what = `${roleNames[input.role]}${organisation ? ` (${organisation.name})` : ''}`;
      await this.mail.send(
        manager,
        input.email,
        `Einladung zu ${partnership.name} / Invitation to ${partnership.name}`,
        `${viewer.user.displayName} lädt Sie zu ${partnership.name} auf Allmende ein: ${what}.\n` +
          `${viewer.user.displayName} invites you to ${partnership.name} on Allmende: ${what}.\n\n${link}\n\n` +
          `Gültig bis / valid until ${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
      );
      await appendAuditEvent(manager, {
        partnershipId: partnership.id,
        actorUserId: viewer.user.id,
        action: 'invitation.created',
        subjectType: 'Invitation',
        subjectId: invitation.id,
        payload: { email: input.email.toLowerCase(), role: input.role, organisationId: organisation?.id ?? null },
      });
      if (organisation) {
        await this.representation.tell(
          manager,
          await this.representation.representatives(manager, partnership.id, organisation.id),
          {
            kind: 'invited',
            organisationName: organisation.name,
            partnershipName: partnership.name,
            person: input.email,
            actor: viewer.user.displayName,
            link: this.peoplePage(partnership),
          },
          [viewer.user.id],
        );
      }
      return invitation;
    });
  }

  /** Its sender, or whoever could send it now, may withdraw an invitation. */
  async revokeInvitation(viewer: Viewer, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(Invitation, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!invitation) throw new AppError('NOT_FOUND', msg('people.invitationNotFound', { id }));
      if (invitation.invitedByUserId !== viewer.user.id) {
        const verdict = mayGrant(viewer, await this.changeOf(manager, invitation));
        if (!verdict.allowed)
          throw new AppError(
            verdict.code === 'CONFLICT' ? 'FORBIDDEN' : verdict.code,
            msg('people.onlySenderWithdraws', { reason: verdict.message }),
          );
      }
      if (invitation.acceptedAt) throw new AppError('CONFLICT', msg('people.alreadyAccepted'));
      if (invitation.revokedAt) return;
      await manager.update(Invitation, { id }, { revokedAt: new Date() });
      await appendAuditEvent(manager, {
        partnershipId: invitation.partnershipId,
        actorUserId: viewer.user.id,
        action: 'invitation.revoked',
        subjectType: 'Invitation',
        subjectId: id,
        payload: { email: invitation.email.toLowerCase(), role: invitation.role },
      });
    });
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.usable(this.dataSource.manager, token);
    const [partnership, organisation, account] = await Promise.all([
      this.dataSource.getRepository(Partnership).findOneByOrFail({ id: invitation.partnershipId }),
      invitation.organisationId
        ? this.dataSource.getRepository(Organisation).findOneBy({ id: invitation.organisationId })
        : null,
      this.dataSource.getRepository(User).findOneBy({ email: invitation.email }),
    ]);
    return {
      email: invitation.email,
      role: invitation.role,
      partnershipName: partnership.name,
      partnershipSlug: partnership.slug,
      organisationName: organisation?.name ?? null,
      accountExists: account !== null,
      expiresAt: invitation.expiresAt,
    };
  }

  /**
   * Single use. A new person sets name and password here and is signed in; someone who already has
   * an account accepts while signed in as the invited e-mail address.
   */
  async accept(viewer: Viewer | null, input: AcceptInvitationInput, http: HttpContext): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.usable(manager, input.token, true);
      let user = await manager.findOneBy(User, { email: invitation.email });
      if (user) {
        if (!viewer)
          throw new AppError('UNAUTHENTICATED', msg('invitation.accountExists', { email: invitation.email }));
        if (viewer.user.id !== user.id) {
          throw new AppError(
            'FORBIDDEN',
            msg('invitation.otherAccount', { email: invitation.email, signedInAs: viewer.user.email }),
          );
        }
      } else {
        const missing: FieldErrors = {};
        if (!input.displayName) missing.displayName = [msg('people.displayNameRequired')];
        if (!input.password) missing.password = [msg('people.passwordRequired')];
        if (Object.keys(missing).length > 0) throw AppError.badInput(missing);
        // Checked before the account is made, so a void invitation leaves nothing behind.
        await this.assertStillGrantable(manager, invitation);
        user = await createUser(manager, {
          email: invitation.email,
          displayName: input.displayName!,
          passwordHash: await hashPassword(input.password!),
        });
      }
      await this.grant(manager, invitation, user);
      if (!viewer) await this.sessions.start(manager, user.id, http.req, http.res, http.context, 'invitation');
      return user;
    });
  }

  /** Open invitations for an address that may still be accepted, for a first sign-in through OpenID Connect. */
  async openInvitationsFor(manager: EntityManager, email: string): Promise<Invitation[]> {
    const open = await manager.find(Invitation, {
      where: { email, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
    const usable: Invitation[] = [];
    for (const invitation of open)
      if ((await this.stillGrantable(manager, invitation)).allowed) usable.push(invitation);
    return usable;
  }

  /**
   * Marks the invitation used and gives its role to the person (once: a second invitation to the same role adds nothing).
   * Checked again now: the sender must still be allowed to grant the role (docs/security.md, "No escalation").
   */
  async grant(manager: EntityManager, invitation: Invitation, user: User): Promise<void> {
    const { change, inviter } = await this.assertStillGrantable(manager, invitation);
    await manager.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
    const granted = {
      partnershipId: invitation.partnershipId,
      userId: user.id,
      role: invitation.role,
      organisationId: invitation.organisationId ?? IsNull(),
    };
    if (await manager.findOneBy(PartnershipRole, granted)) return;
    const others = change.organisation
      ? await this.representation.representatives(manager, invitation.partnershipId, change.organisation.id)
      : [];
    const role = await manager.save(
      PartnershipRole,
      manager.create(PartnershipRole, { ...granted, organisationId: invitation.organisationId }),
    );
    await appendAuditEvent(manager, {
      partnershipId: invitation.partnershipId,
      actorUserId: user.id,
      action: 'role.granted',
      subjectType: 'PartnershipRole',
      subjectId: role.id,
      payload: {
        invitationId: invitation.id,
        invitedByUserId: invitation.invitedByUserId,
        userId: user.id,
        email: user.email.toLowerCase(),
        role: role.role,
        organisationId: role.organisationId,
      },
    });
    if (change.organisation) {
      const partnership = await manager.findOneByOrFail(Partnership, { id: invitation.partnershipId });
      await this.representation.tell(
        manager,
        others,
        {
          kind: 'granted',
          organisationName: change.organisation.name,
          partnershipName: partnership.name,
          person: `${user.displayName} <${user.email}>`,
          actor: inviter?.displayName ?? '–',
          link: this.peoplePage(partnership),
        },
        [user.id],
      );
    }
  }

  async removeRole(viewer: Viewer, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const role = await manager.findOne(PartnershipRole, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!role) throw new AppError('NOT_FOUND', msg('people.roleNotFound', { id }));
      const change = await this.changeOf(manager, role);
      assertAllowed(mayRemove(viewer, change, role.userId === viewer.user.id));
      if (role.role === Role.COMMUNITY_MANAGER) {
        const managers = await manager.countBy(PartnershipRole, {
          partnershipId: role.partnershipId,
          role: Role.COMMUNITY_MANAGER,
        });
        if (managers === 1 && !viewer.isPlatformAdmin) {
          throw new AppError('CONFLICT', msg('people.keepOneManager'));
        }
      }
      const representatives = change.organisation
        ? await this.representation.representatives(manager, role.partnershipId, change.organisation.id)
        : [];
      await manager.delete(PartnershipRole, { id });
      await appendAuditEvent(manager, {
        partnershipId: role.partnershipId,
        actorUserId: viewer.user.id,
        action: 'role.removed',
        subjectType: 'PartnershipRole',
        subjectId: id,
        payload: { userId: role.userId, role: role.role, organisationId: role.organisationId },
      });
      if (change.organisation) {
        const [partnership, removed] = await Promise.all([
          manager.findOneByOrFail(Partnership, { id: role.partnershipId }),
          manager.findOneByOrFail(User, { id: role.userId }),
        ]);
        await this.representation.tell(
          manager,
          representatives,
          {
            kind: 'removed',
            organisationName: change.organisation.name,
            partnershipName: partnership.name,
            person: `${removed.displayName} <${removed.email}>`,
            actor: viewer.user.displayName,
            link: this.peoplePage(partnership),
          },
          [viewer.user.id],
        );
      }
    });
  }

  /** Whether a role the viewer sees in the list may be taken away by them (for the portal's remove buttons). */
  viewerCanRemove(viewer: Viewer | null, role: PartnershipRole): boolean {
    if (!viewer) return false;
    // The organisation's name and state do not change the answer for removals; only its id does.
    const organisation = role.organisationId ? { id: role.organisationId, name: '', hasRepresentative: true } : null;
    return mayRemove(
      viewer,
      { partnershipId: role.partnershipId, role: role.role, organisation },
      role.userId === viewer.user.id,
    ).allowed;
  }

  private async assertStillGrantable(
    manager: EntityManager,
    invitation: Invitation,
  ): Promise<{ change: RoleChange; inviter: User | null }> {
    const outcome = await this.stillGrantable(manager, invitation);
    if (!outcome.allowed) throw new AppError(outcome.code, outcome.message);
    return outcome;
  }

  /** Whether the invitation's sender may still grant its role, and the organisation is still a member with room for them. */
  private async stillGrantable(
    manager: EntityManager,
    invitation: Invitation,
  ): Promise<
    Verdict & { change: RoleChange & { organisation: RepresentedOrganisation | null }; inviter: User | null }
  > {
    const change = await this.changeOf(manager, invitation);
    const inviter = invitation.invitedByUserId
      ? await manager.findOneBy(User, { id: invitation.invitedByUserId })
      : null;
    const refuse = (code: 'FORBIDDEN' | 'CONFLICT', message: MessageRef) => ({
      allowed: false as const,
      code,
      message,
      change,
      inviter,
    });
    if (change.organisation && !change.organisation.activeMember) {
      return refuse('CONFLICT', msg('people.orgNoLongerMember', { organisation: change.organisation.name }));
    }
    if (!inviter) return refuse('FORBIDDEN', msg('people.inviterGone'));
    const verdict = mayGrant(
      {
        isPlatformAdmin: inviter.isPlatformAdmin,
        roles: await manager.findBy(PartnershipRole, { userId: inviter.id }),
      },
      change,
    );
    if (verdict.allowed) return { allowed: true, change, inviter };
    if (verdict.code === 'CONFLICT' && change.organisation) {
      return refuse('CONFLICT', msg('people.hasRepresentativeNow', { organisation: change.organisation.name }));
    }
    return refuse(
      'FORBIDDEN',
      msg('people.inviterMayNoLonger', {
        inviter: inviter.displayName,
        role: invitation.role,
        whom: change.organisation
          ? msg('people.aRepresentativeOf', { organisation: change.organisation.name })
          : msg('people.managerOrAdmin'),
      }),
    );
  }

  /** The role an invitation or a held role is about, with the organisation read (and locked) for a representative. */
  private async changeOf(
    manager: EntityManager,
    of: { partnershipId: string; role: Role; organisationId: string | null },
  ): Promise<RoleChange & { organisation: RepresentedOrganisation | null }> {
    const organisation = of.organisationId
      ? await this.representation.lock(manager, of.partnershipId, of.organisationId)
      : null;
    return { partnershipId: of.partnershipId, role: of.role, organisation };
  }

  private peoplePage(partnership: Partnership): string {
    return `${this.mail.publicUrl}/p/${partnership.slug}/personen`;
  }

  private async usable(manager: EntityManager, token: string, lock = false): Promise<Invitation> {
    const invitation = await manager.findOne(Invitation, {
      where: { tokenHash: hashToken(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation) throw new AppError('NOT_FOUND', msg('invitation.unknownLink'));
    if (invitation.acceptedAt) throw new AppError('CONFLICT', msg('invitation.alreadyUsed'));
    if (invitation.revokedAt) throw new AppError('CONFLICT', msg('invitation.withdrawn'));
    if (invitation.expiresAt <= new Date()) {
      throw new AppError('CONFLICT', msg('invitation.expired', { date: invitation.expiresAt }));
    }
    return invitation;
  }

  /** A representative acts for an active member organisation of the partnership; no other role names one. */
  private async representedOrganisation(
    partnershipId: string,
    role: Role,
    organisationId: string | null,
  ): Promise<Organisation | null> {
    if (role !== Role.REPRESENTATIVE) {
      if (organisationId) throw AppError.badInput({ organisationId: [msg('people.orgOnlyForRepresentative')] });
      return null;
    }
    if (!organisationId)
      throw AppError.badInput({
        organisationId: [msg('people.representativeNeedsOrg')],
      });
    const membership = await this.dataSource
      .getRepository(Membership)
      .findOneBy({ partnershipId, organisationId, status: MembershipStatus.ACTIVE });
    if (!membership) throw AppError.badInput({ organisationId: [msg('people.orgMustBeActive')] });
    return this.dataSource.getRepository(Organisation).findOneByOrFail({ id: organisationId });
  }
}

function assertAllowed(verdict: Verdict): void {
  if (!verdict.allowed) throw new AppError(verdict.code, verdict.message);
}
