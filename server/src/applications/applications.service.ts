import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { Committee } from '../committees/committee.entity';
import { permissionsIn, Permission } from '../common/auth/permissions';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/graphql/app-error';
import { decodeTimeCursor, Page, toPage } from '../common/graphql/pagination';
import { ApplicationListArgs } from './dto/application-list.args';
import { MailService } from '../mail/mail.service';
import { MembershipStatus } from '../memberships/membership-status';
import { Membership } from '../memberships/membership.entity';
import { MembershipsService } from '../memberships/memberships.service';
import { Organisation } from '../organisations/organisation.entity';
import { AdmissionProcedure } from '../partnerships/admission-procedure';
import { Partnership } from '../partnerships/partnership.entity';
import { PartnershipsService } from '../partnerships/partnerships.service';
import { VoteClosedHooks } from '../votes/vote-closed-hooks';
import { VoteOutcome, VoteStatus } from '../votes/vote-enums';
import type { Vote } from '../votes/vote.entity';
import { VoteOpeningService } from '../votes/vote-opening.service';
import { ApplicationStatus, MembershipApplication } from './membership-application.entity';
import { ViewerApplicationState } from './viewer-application-state';
import { ApplyForMembershipInput, PutApplicationToVoteInput, SetAdmissionInput } from './dto/application.inputs';
import { list, msg, readerLanguage, render } from '../common/i18n/messages';
import { inBothLanguages } from '../common/i18n/stored-text';

/**
 * Written applications for membership: anyone may apply to a public partnership (members of a closed one
 * may apply for others). The community manager admits or rejects directly, or, where the partnership
 * admits by vote, puts the application to its admission committee; the vote's result then decides.
 * Admission goes through MembershipsService.admit, whose hooks give the new member its committee seats.
 */
@Injectable()
export class ApplicationsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly votes: VoteOpeningService,
    private readonly memberships: MembershipsService,
    private readonly partnerships: PartnershipsService,
    private readonly hooks: VoteClosedHooks,
  ) {}

  onModuleInit(): void {
    this.hooks.register('MEMBERSHIP_APPLICATION', (manager, vote) => this.onVoteClosed(manager, vote));
  }

  /**
   * Whether "Mitglied werden" fits the viewer: an organisation it represents (in any partnership) is a member here,
   * or has an application being decided here (by organisation or by the viewer's own e-mail as contact).
   */
  async viewerState(viewer: Viewer | null, partnershipId: string): Promise<ViewerApplicationState> {
    if (!viewer) return ViewerApplicationState.NONE;
    const organisations = [...new Set(viewer.roles.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))];
    const [row]: { member: boolean; pending: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM memberships WHERE partnership_id = $1 AND organisation_id = ANY($2::uuid[])
                        AND status = ANY($3::text[])) AS member,
              EXISTS (SELECT 1 FROM membership_applications WHERE partnership_id = $1 AND status = ANY($4::text[])
                        AND (organisation_id = ANY($2::uuid[]) OR contact_email = $5)) AS pending`,
      [
        partnershipId,
        organisations,
        [MembershipStatus.APPLIED, MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED],
        [ApplicationStatus.SUBMITTED, ApplicationStatus.IN_VOTE],
        viewer.user.email,
      ],
    );
    if (row.member) return ViewerApplicationState.MEMBER;
    return row.pending ? ViewerApplicationState.PENDING : ViewerApplicationState.NONE;
  }

  list(partnershipId: string, status: ApplicationStatus | null): Promise<MembershipApplication[]> {
    return this.dataSource.getRepository(MembershipApplication).find({
      where: { partnershipId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 200,
    });
  }

  /** One page, newest first: keyset over (created_at to the millisecond, id), the precision a cursor keeps. */
  async page(partnershipId: string, args: ApplicationListArgs): Promise<Page<MembershipApplication>> {
    const created = `date_trunc('milliseconds', a.created_at)`;
    const q = this.dataSource
      .getRepository(MembershipApplication)
      .createQueryBuilder('a')
      .where('a.partnership_id = :partnershipId', { partnershipId });
    if (args.status) q.andWhere('a.status = :status', { status: args.status });
    const totalCount = await q.clone().getCount();
    if (args.after) {
      const [at, id] = decodeTimeCursor(args.after);
      q.andWhere(`(${created}, a.id) < (:at::timestamptz, :id::uuid)`, { at, id });
    }
    const rows = await q
      .orderBy(created, 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(args.first + 1)
      .getMany();
    return toPage(rows, args.first, totalCount, (a) => a.createdAt.toISOString());
  }

  async apply(viewer: Viewer | null, input: ApplyForMembershipInput): Promise<MembershipApplication> {
    const partnership = await this.dataSource.getRepository(Partnership).findOneBy({ id: input.partnershipId });
    // A closed partnership is not revealed to strangers: the same answer as for an unknown id.
    if (
      !partnership ||
      (!partnership.publicTransparency && !permissionsIn(viewer, partnership.id).has(Permission.PARTNERSHIP_READ))
    ) {
      throw AppError.badInput({ partnershipId: [msg('application.noneAccepts')] });
    }
    return this.dataSource.transaction(async (manager) => {
      if (input.organisationId) {
        const organisation = await manager.findOneBy(Organisation, { id: input.organisationId });
        if (!organisation)
          throw AppError.badInput({
            organisationId: [msg('application.noOrganisation', { id: input.organisationId })],
          });
        const member = await manager.findOneBy(Membership, {
          partnershipId: partnership.id,
          organisationId: organisation.id,
        });
        if (member && member.status !== MembershipStatus.LEFT && member.status !== MembershipStatus.REJECTED) {
          throw new AppError(
            'CONFLICT',
            msg('application.alreadyMember', {
              organisation: organisation.name,
              partnership: partnership.name,
              status: member.status,
            }),
          );
        }
      }
      const pending = await manager
        .createQueryBuilder(MembershipApplication, 'a')
        .where(
          `a.partnership_id = :p AND lower(a.organisation_name) = lower(:name) AND a.status IN ('SUBMITTED','IN_VOTE')`,
          { p: partnership.id, name: input.organisationName },
        )
        .getOne();
      if (pending)
        throw new AppError(
          'CONFLICT',
          msg('application.alreadyPending', { organisation: input.organisationName, contact: pending.contactName }),
        );
      const application = await manager.save(
        manager.create(MembershipApplication, {
          partnershipId: partnership.id,
          organisationId: input.organisationId ?? null,
          organisationName: input.organisationName,
          organisationKind: input.organisationKind,
          state: input.state ?? null,
          population: input.population ?? null,
          contactName: input.contactName,
          contactEmail: input.contactEmail,
          statement: input.statement,
          status: ApplicationStatus.SUBMITTED,
        }),
      );
      // The audit log is read by every member: the organisation, not the contact person.
      await appendAuditEvent(manager, {
        partnershipId: partnership.id,
        actorUserId: viewer?.user.id ?? null,
        action: 'application.submitted',
        subjectType: 'MembershipApplication',
        subjectId: application.id,
        payload: { organisation: application.organisationName, kind: application.organisationKind },
      });
      const managers: { email: string; preferred_language: string }[] = await manager.query(
        `SELECT u.email, u.preferred_language FROM partnership_roles r JOIN users u ON u.id = r.user_id WHERE r.partnership_id = $1 AND r.role = 'COMMUNITY_MANAGER' ORDER BY u.email`,
        [partnership.id],
      );
      const link = `${this.mail.publicUrl}/p/${partnership.slug}/mitgliedschaft`;
      const subject = msg('records.mail.application.newSubject', { organisation: application.organisationName });
      const body = msg('records.mail.application.newBody', {
        organisation: application.organisationName,
        partnership: partnership.name,
        statement: application.statement,
        link,
      });
      for (const m of managers) {
        const language = readerLanguage(undefined, m.preferred_language);
        await this.mail.send(manager, m.email, render(subject, language), render(body, language));
      }
      const received = inBothLanguages(
        msg('records.mail.application.yourSubject', { partnership: partnership.name }),
        msg(
          partnership.admission === AdmissionProcedure.VOTE
            ? 'records.mail.application.receivedByVote'
            : 'records.mail.application.receivedDirect',
          { name: application.contactName, organisation: application.organisationName, partnership: partnership.name },
        ),
      );
      await this.mail.send(manager, application.contactEmail, received.subject, received.body);
      return application;
    });
  }

  async admit(viewer: Viewer, id: string): Promise<MembershipApplication> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockPending(manager, id, [ApplicationStatus.SUBMITTED]);
      const partnership = await manager.findOneByOrFail(Partnership, { id: application.partnershipId });
      if (partnership.admission === AdmissionProcedure.VOTE) {
        throw new AppError('CONFLICT', msg('application.admitsByVote', { partnership: partnership.name }));
      }
      return this.admitLocked(manager, application, viewer.user.id);
    });
  }

  async reject(viewer: Viewer, id: string): Promise<MembershipApplication> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockPending(manager, id, [ApplicationStatus.SUBMITTED]);
      const partnership = await manager.findOneByOrFail(Partnership, { id: application.partnershipId });
      if (partnership.admission === AdmissionProcedure.VOTE) {
        throw new AppError('CONFLICT', msg('application.decidesByVote', { partnership: partnership.name }));
      }
      return this.rejectLocked(manager, application, viewer.user.id);
    });
  }

  async putToVote(viewer: Viewer, input: PutApplicationToVoteInput): Promise<MembershipApplication> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.lockPending(manager, input.applicationId, [ApplicationStatus.SUBMITTED]);
      const partnership = await manager.findOneByOrFail(Partnership, { id: application.partnershipId });
      const committeeId = input.committeeId ?? partnership.admissionCommitteeId;
      if (!committeeId)
        throw AppError.badInput({
          committeeId: [msg('application.chooseCommittee')],
        });
      const [vote] = await this.votes.startWritten(
        viewer,
        partnership.id,
        {
          committeeIds: [committeeId],
          title: `Aufnahme von ${application.organisationName}`,
          description: application.statement,
          deadline: input.deadline,
          fundamental: false,
        },
        { type: 'MEMBERSHIP_APPLICATION', id: application.id },
        manager,
      );
      application.status = ApplicationStatus.IN_VOTE;
      application.voteId = vote.id;
      return manager.save(application);
    });
  }

  async setAdmission(viewer: Viewer, input: SetAdmissionInput): Promise<Partnership> {
    return this.dataSource.transaction(async (manager) => {
      if (input.admission === AdmissionProcedure.VOTE) {
        const committee = input.committeeId ? await manager.findOneBy(Committee, { id: input.committeeId }) : null;
        if (!committee || committee.partnershipId !== input.partnershipId || !committee.votes) {
          throw AppError.badInput({ committeeId: [msg('application.needsVotingCommittee')] });
        }
      }
      return this.partnerships.setAdmission(
        manager,
        input.partnershipId,
        input.admission,
        input.committeeId ?? null,
        viewer.user.id,
      );
    });
  }

  /** The closing vote decides: accepted admits, anything else rejects. Runs in the closing transaction. */
  private async onVoteClosed(manager: EntityManager, vote: Vote): Promise<void> {
    const application = await manager.findOne(MembershipApplication, {
      where: { id: vote.subjectId as string },
      lock: { mode: 'pessimistic_write' },
    });
    if (!application || application.status !== ApplicationStatus.IN_VOTE) return;
    if (vote.status === VoteStatus.CANCELLED) {
      application.status = ApplicationStatus.SUBMITTED;
      application.voteId = null;
      await manager.save(application);
      return;
    }
    if (vote.outcome === VoteOutcome.ACCEPTED) await this.admitLocked(manager, application, null);
    else await this.rejectLocked(manager, application, null);
  }

  private async admitLocked(
    manager: EntityManager,
    application: MembershipApplication,
    actor: string | null,
  ): Promise<MembershipApplication> {
    const partnership = await manager.findOneByOrFail(Partnership, { id: application.partnershipId });
    let organisationId = application.organisationId;
    if (!organisationId) {
      const organisation = await manager.save(
        manager.create(Organisation, {
          name: application.organisationName,
          kind: application.organisationKind,
          state: application.state,
          population: application.population,
          officialMunicipalityKey: null,
          publiclyOwned: true,
        }),
      );
      organisationId = organisation.id;
    }
    const former = await manager.findOneBy(Membership, { partnershipId: partnership.id, organisationId });
    if (former && former.status === MembershipStatus.ACTIVE)
      throw new AppError('CONFLICT', msg('application.alreadyActive', { organisation: application.organisationName }));
    const membership = await this.memberships.admit(manager, partnership.id, organisationId, actor);
    application.status = ApplicationStatus.ADMITTED;
    application.organisationId = organisationId;
    application.membershipId = membership.id;
    application.decidedAt = new Date();
    application.decidedByUserId = actor;
    const saved = await manager.save(application);
    await appendAuditEvent(manager, {
      partnershipId: partnership.id,
      actorUserId: actor,
      action: 'application.admitted',
      subjectType: 'MembershipApplication',
      subjectId: application.id,
      payload: {
        organisation: application.organisationName,
        organisationId,
        membershipId: membership.id,
        joinedOn: membership.joinedOn,
        byVote: application.voteId,
      },
    });
    const welcome = inBothLanguages(
      msg('records.mail.application.welcomeSubject', { partnership: partnership.name }),
      msg('records.mail.application.welcomeBody', {
        name: application.contactName,
        organisation: application.organisationName,
        partnership: partnership.name,
        // The admission sets it, to today.
        date: membership.joinedOn ?? new Date(),
      }),
    );
    await this.mail.send(manager, application.contactEmail, welcome.subject, welcome.body);
    return saved;
  }

  private async rejectLocked(
    manager: EntityManager,
    application: MembershipApplication,
    actor: string | null,
  ): Promise<MembershipApplication> {
    const partnership = await manager.findOneByOrFail(Partnership, { id: application.partnershipId });
    application.status = ApplicationStatus.REJECTED;
    application.decidedAt = new Date();
    application.decidedByUserId = actor;
    const saved = await manager.save(application);
    await appendAuditEvent(manager, {
      partnershipId: partnership.id,
      actorUserId: actor,
      action: 'application.rejected',
      subjectType: 'MembershipApplication',
      subjectId: application.id,
      payload: { organisation: application.organisationName, byVote: application.voteId },
    });
    const rejected = inBothLanguages(
      msg('records.mail.application.yourSubject', { partnership: partnership.name }),
      msg('records.mail.application.rejectedBody', {
        name: application.contactName,
        organisation: application.organisationName,
        partnership: partnership.name,
      }),
    );
    await this.mail.send(manager, application.contactEmail, rejected.subject, rejected.body);
    return saved;
  }

  private async lockPending(
    manager: EntityManager,
    id: string,
    allowed: ApplicationStatus[],
  ): Promise<MembershipApplication> {
    const application = await manager.findOne(MembershipApplication, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!application) throw new AppError('NOT_FOUND', msg('application.notFound', { id }));
    if (!allowed.includes(application.status))
      throw new AppError(
        'CONFLICT',
        msg('application.notDecidable', { status: application.status, allowed: list(allowed, 'or') }),
      );
    return application;
  }
}
