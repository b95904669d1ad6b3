import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { Role } from '../common/auth/permissions';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/graphql/app-error';
import { MembershipStatus } from '../memberships/membership-status';
import { Membership } from '../memberships/membership.entity';
import { Organisation } from '../organisations/organisation.entity';
import {
  AddRequestCommentInput,
  DeclareInterestInput,
  MergeFeatureRequestInput,
  RecordAssessmentInput,
  RecordEstimateInput,
  StartInterestSurveyInput,
  SubmitFeatureRequestInput,
  TransitionFeatureRequestInput,
  WithdrawInterestInput,
} from './dto/feature-request.inputs';
import { InterestKind, NotificationKind } from './feature-request-enums';
import { RequestComment, RequestSubscription, RequestTransition } from './feature-request-records.entities';
import { FeatureRequest } from './feature-request.entity';
import { actorsOf } from './request-rules';
import { reasonColumns, RequestTransitions } from './request-transitions.service';
import { RequestWorkflowsService } from './request-workflows.service';
import type { Workflow, WorkflowActor } from './workflow.types';
import { msg } from '../common/i18n/messages';

const DAY = 86_400_000;

/** Who the viewer is in the workflow for this request. */
export function viewerActors(viewer: Viewer, request: FeatureRequest, organisationId: string | null): WorkflowActor[] {
  return actorsOf(
    {
      isPlatformAdmin: viewer.isPlatformAdmin,
      userId: viewer.user.id,
      roles: viewer.roles.map((r) => ({
        partnershipId: r.partnershipId,
        role: r.role,
        organisationId: r.organisationId,
      })),
    },
    request.partnershipId,
    { submittedByUserId: request.submittedByUserId, organisationId },
  );
}

/**
 * The use cases of feature requests: submit, merge duplicates, interest surveys and declarations,
 * assessment and estimate, financing (marked until cost-sharing agreements exist), transitions along
 * the partnership's workflow, comments and subscriptions. Every change locks the request row.
 */
@Injectable()
export class FeatureRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workflows: RequestWorkflowsService,
    private readonly transitions: RequestTransitions,
  ) {}

  async get(id: string): Promise<FeatureRequest> {
    const request = await this.dataSource.getRepository(FeatureRequest).findOneBy({ id });
    if (!request) throw new AppError('NOT_FOUND', msg('request.notFound', { id }));
    return request;
  }

  async byNumber(partnershipId: string, number: number): Promise<FeatureRequest> {
    const request = await this.dataSource.getRepository(FeatureRequest).findOneBy({ partnershipId, number });
    if (!request) throw new AppError('NOT_FOUND', msg('request.notFoundByNumber', { number }));
    return request;
  }

  async submit(viewer: Viewer, input: SubmitFeatureRequestInput): Promise<FeatureRequest> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.membershipFor(
        manager,
        viewer,
        input.partnershipId,
        input.organisationId ?? null,
        true,
      );
      const workflow = await this.workflows.of(input.partnershipId, manager);
      // Numbers are per partnership: the partnership row serialises concurrent submissions.
      await manager.query('SELECT id FROM partnerships WHERE id = $1 FOR UPDATE', [input.partnershipId]);
      const [{ next }] = await manager.query(
        'SELECT coalesce(max(number), 0)::int + 1 AS next FROM feature_requests WHERE partnership_id = $1',
        [input.partnershipId],
      );
      const request = await manager.save(
        manager.create(FeatureRequest, {
          partnershipId: input.partnershipId,
          number: next,
          title: input.title,
          description: input.description,
          kind: input.kind,
          target: input.target,
          fundingRoute: input.fundingRoute,
          stage: workflow.initialStage,
          submittedByUserId: viewer.user.id,
          membershipId: membership?.id ?? null,
        }),
      );
      await manager.save(
        manager.create(RequestTransition, {
          requestId: request.id,
          fromStage: null,
          toStage: workflow.initialStage,
          actorUserId: viewer.user.id,
          reason: '',
        }),
      );
      await manager.query(
        'INSERT INTO feature_request_subscriptions (request_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [request.id, viewer.user.id],
      );
      await appendAuditEvent(manager, {
        partnershipId: input.partnershipId,
        actorUserId: viewer.user.id,
        action: 'request.submitted',
        subjectType: 'FeatureRequest',
        subjectId: request.id,
        payload: {
          number: request.number,
          title: request.title,
          kind: request.kind,
          fundingRoute: request.fundingRoute,
          membershipId: request.membershipId,
        },
      });
      return request;
    });
  }

  async merge(viewer: Viewer, input: MergeFeatureRequestInput): Promise<FeatureRequest> {
    if (input.duplicateId === input.originalId)
      throw AppError.badInput({ originalId: [msg('request.mergeIntoItself')] });
    return this.dataSource.transaction(async (manager) => {
      // Both rows locked in id order, so two merges of the same pair cannot deadlock.
      const rows = await manager
        .createQueryBuilder(FeatureRequest, 'r')
        .where('r.id IN (:...ids)', { ids: [input.duplicateId, input.originalId] })
        .orderBy('r.id')
        .setLock('pessimistic_write')
        .getMany();
      const duplicate = rows.find((r) => r.id === input.duplicateId);
      const original = rows.find((r) => r.id === input.originalId);
      if (!duplicate || !original) throw new AppError('NOT_FOUND', msg('request.bothMustExist'));
      if (duplicate.partnershipId !== original.partnershipId)
        throw AppError.badInput({
          originalId: [msg('request.mergeOtherPartnership')],
        });
      if (duplicate.duplicateOfId)
        throw new AppError('CONFLICT', msg('request.alreadyMerged', { number: duplicate.number }));
      if (original.duplicateOfId)
        throw new AppError('CONFLICT', msg('request.originalMerged', { number: original.number }));
      const workflow = await this.workflows.of(duplicate.partnershipId, manager);
      const withdrawn = workflow.stages.find((s) => s.category === 'WITHDRAWN');
      if (!withdrawn) throw new AppError('CONFLICT', msg('request.noWithdrawnStage'));
      // Interest declarations move over unless the member already declared on the original; subscribers likewise.
      await manager.query(
        `UPDATE interest_declarations d SET request_id = $2 WHERE d.request_id = $1
           AND NOT EXISTS (SELECT 1 FROM interest_declarations o WHERE o.request_id = $2 AND o.membership_id = d.membership_id)`,
        [duplicate.id, original.id],
      );
      await manager.query('DELETE FROM interest_declarations WHERE request_id = $1', [duplicate.id]);
      await manager.query(
        `INSERT INTO feature_request_subscriptions (request_id, user_id, created_at) SELECT $2, user_id, created_at FROM feature_request_subscriptions WHERE request_id = $1 ON CONFLICT DO NOTHING`,
        [duplicate.id, original.id],
      );
      // The submitting member of the duplicate counts as supporting the original.
      if (duplicate.membershipId && duplicate.membershipId !== original.membershipId) {
        await manager.query(
          `INSERT INTO interest_declarations (request_id, membership_id, kind, declared_by_user_id) VALUES ($1, $2, 'SUPPORT', $3) ON CONFLICT DO NOTHING`,
          [original.id, duplicate.membershipId, duplicate.submittedByUserId],
        );
      }
      original.interestCount = await this.countInterest(manager, original.id);
      duplicate.interestCount = 0;
      duplicate.duplicateOfId = original.id;
      await manager.save(original);
      await this.transitions.move(manager, workflow, duplicate, {
        to: withdrawn.key,
        actorUserId: viewer.user.id,
        actors: ['COMMUNITY_MANAGER'],
        reason: msg('records.timeline.mergedInto', { number: original.number }),
        bypassWorkflow: true,
      });
      await manager.save(
        manager.create(RequestTransition, {
          requestId: original.id,
          fromStage: original.stage,
          toStage: original.stage,
          actorUserId: viewer.user.id,
          ...reasonColumns(msg('records.timeline.mergedHere', { number: duplicate.number })),
        }),
      );
      await appendAuditEvent(manager, {
        partnershipId: original.partnershipId,
        actorUserId: viewer.user.id,
        action: 'request.merged',
        subjectType: 'FeatureRequest',
        subjectId: original.id,
        payload: { duplicate: duplicate.number, original: original.number },
      });
      await this.transitions.notify(
        manager,
        original,
        viewer.user.id,
        NotificationKind.REQUEST_MERGED,
        msg('records.notifications.merged', {
          duplicate: duplicate.number,
          duplicateTitle: duplicate.title,
          number: original.number,
          title: original.title,
        }),
      );
      return original;
    });
  }

  async startSurvey(viewer: Viewer, input: StartInterestSurveyInput): Promise<FeatureRequest> {
    return this.change(input.requestId, async (manager, request, workflow) => {
      const survey = workflow.transitions.find(
        (t) => t.from === request.stage && workflow.stages.find((s) => s.key === t.to)?.category === 'SURVEY',
      );
      if (!survey) {
        const stage = workflow.stages.find((s) => s.key === request.stage);
        throw new AppError(
          'CONFLICT',
          msg('request.noSurveyFrom', { stage: stage ? { de: stage.labelDe, en: stage.labelEn } : request.stage }),
        );
      }
      const deadline = input.deadline ?? new Date(Date.now() + workflow.surveyDays * DAY);
      if (deadline.getTime() <= Date.now())
        throw AppError.badInput({ deadline: [msg('request.deadlineInFuture', { deadline: deadline.toISOString() })] });
      if (deadline.getTime() > Date.now() + 180 * DAY)
        throw AppError.badInput({ deadline: [msg('request.surveyAtMost')] });
      request.surveyDeadline = deadline;
      request.surveyClosedAt = null;
      const days = Math.round((deadline.getTime() - Date.now()) / DAY);
      return this.transitions.move(manager, workflow, request, {
        to: survey.to,
        actorUserId: viewer.user.id,
        actors: viewerActors(viewer, request, await this.organisationOf(manager, request)),
        reason: msg('records.timeline.surveyStarted', { deadline, count: days }),
      });
    });
  }

  async declareInterest(viewer: Viewer, input: DeclareInterestInput): Promise<FeatureRequest> {
    if (input.kind !== InterestKind.WILL_CO_FUND && input.coFundUpToCents)
      throw AppError.badInput({ coFundUpToCents: [msg('request.coFundOnlyWill')] });
    return this.change(input.requestId, async (manager, request) => {
      this.assertOpen(request);
      const membership = await this.membershipFor(
        manager,
        viewer,
        request.partnershipId,
        input.organisationId ?? null,
        false,
      );
      if (!membership)
        throw AppError.badInput({
          organisationId: [msg('request.onlyRepresentativeDeclares')],
        });
      await manager.query(
        `INSERT INTO interest_declarations (request_id, membership_id, kind, co_fund_up_to_cents, declared_by_user_id, declared_at) VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (request_id, membership_id) DO UPDATE SET kind = $3, co_fund_up_to_cents = $4, declared_by_user_id = $5, declared_at = now()`,
        [
          request.id,
          membership.id,
          input.kind,
          input.kind === InterestKind.WILL_CO_FUND ? input.coFundUpToCents : null,
          viewer.user.id,
        ],
      );
      await manager.query(
        'INSERT INTO feature_request_subscriptions (request_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [request.id, viewer.user.id],
      );
      request.interestCount = await this.countInterest(manager, request.id);
      await appendAuditEvent(manager, {
        partnershipId: request.partnershipId,
        actorUserId: viewer.user.id,
        action: 'request.interest_declared',
        subjectType: 'FeatureRequest',
        subjectId: request.id,
        payload: {
          number: request.number,
          membershipId: membership.id,
          kind: input.kind,
          coFundUpToCents: input.coFundUpToCents ?? null,
        },
      });
      return manager.save(request);
    });
  }

  async withdrawInterest(viewer: Viewer, input: WithdrawInterestInput): Promise<FeatureRequest> {
    return this.change(input.requestId, async (manager, request) => {
      const membership = await this.membershipFor(
        manager,
        viewer,
        request.partnershipId,
        input.organisationId ?? null,
        false,
      );
      if (!membership)
        throw AppError.badInput({
          organisationId: [msg('request.onlyRepresentativeWithdraws')],
        });
      const [{ count }] = await manager.query(
        'WITH gone AS (DELETE FROM interest_declarations WHERE request_id = $1 AND membership_id = $2 RETURNING id) SELECT count(*)::int AS count FROM gone',
        [request.id, membership.id],
      );
      if (count === 0) throw new AppError('NOT_FOUND', msg('request.noInterestDeclared'));
      request.interestCount = await this.countInterest(manager, request.id);
      await appendAuditEvent(manager, {
        partnershipId: request.partnershipId,
        actorUserId: viewer.user.id,
        action: 'request.interest_withdrawn',
        subjectType: 'FeatureRequest',
        subjectId: request.id,
        payload: { number: request.number, membershipId: membership.id },
      });
      return manager.save(request);
    });
  }

  async recordAssessment(viewer: Viewer, input: RecordAssessmentInput): Promise<FeatureRequest> {
    return this.change(input.requestId, async (manager, request) => {
      this.assertOpen(request);
      Object.assign(request, {
        assessmentFeasible: input.feasible,
        assessmentCoreCapable: input.coreCapable,
        assessmentNotes: input.notes,
        assessedByUserId: viewer.user.id,
        assessedAt: new Date(),
      });
      await appendAuditEvent(manager, {
        partnershipId: request.partnershipId,
        actorUserId: viewer.user.id,
        action: 'request.assessed',
        subjectType: 'FeatureRequest',
        subjectId: request.id,
        payload: { number: request.number, feasible: input.feasible, coreCapable: input.coreCapable },
      });
      return manager.save(request);
    });
  }

  async recordEstimate(viewer: Viewer, input: RecordEstimateInput): Promise<FeatureRequest> {
    return this.change(input.requestId, async (manager, request) => {
      this.assertOpen(request);
      if (
        input.providerOrganisationId &&
        !(await manager.existsBy(Organisation, { id: input.providerOrganisationId }))
      ) {
        throw AppError.badInput({
          providerOrganisationId: [msg('request.noOrganisation', { id: input.providerOrganisationId })],
        });
      }
      Object.assign(request, {
        effortPersonDays: input.effortPersonDays,
        amountCents: input.amountCents,
        providerOrganisationId: input.providerOrganisationId ?? null,
        offerDocumentUrl: input.offerDocumentUrl ?? null,
        estimatedByUserId: viewer.user.id,
        estimatedAt: new Date(),
      });
      await appendAuditEvent(manager, {
        partnershipId: request.partnershipId,
        actorUserId: viewer.user.id,
        action: 'request.estimated',
        subjectType: 'FeatureRequest',
        subjectId: request.id,
        payload: {
          number: request.number,
          effortPersonDays: input.effortPersonDays,
          amountCents: input.amountCents,
          providerOrganisationId: input.providerOrganisationId ?? null,
        },
      });
      return manager.save(request);
    });
  }

  async transition(viewer: Viewer, input: TransitionFeatureRequestInput): Promise<FeatureRequest> {
    return this.change(input.requestId, async (manager, request, workflow) => {
      if (input.releaseVersion !== undefined) request.releaseVersion = input.releaseVersion;
      if (input.changelogEntry !== undefined) request.changelogEntry = input.changelogEntry;
      return this.transitions.move(manager, workflow, request, {
        to: input.to,
        actorUserId: viewer.user.id,
        actors: viewerActors(viewer, request, await this.organisationOf(manager, request)),
        reason: input.reason,
      });
    });
  }

  async addComment(viewer: Viewer, input: AddRequestCommentInput): Promise<RequestComment> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, input.requestId);
      const comment = await manager.save(
        manager.create(RequestComment, { requestId: request.id, authorUserId: viewer.user.id, body: input.body }),
      );
      // The text's hash, not the text: the log is append-only and keeps forever, the comment itself stays where it is.
      await appendAuditEvent(manager, {
        partnershipId: request.partnershipId,
        actorUserId: viewer.user.id,
        action: 'request.commented',
        subjectType: 'FeatureRequest',
        subjectId: request.id,
        payload: {
          number: request.number,
          commentId: comment.id,
          bodySha256: createHash('sha256').update(input.body, 'utf8').digest('hex'),
        },
      });
      await this.transitions.notify(
        manager,
        request,
        viewer.user.id,
        NotificationKind.REQUEST_COMMENT,
        msg('records.notifications.commented', {
          author: viewer.user.displayName,
          number: request.number,
          title: request.title,
        }),
      );
      await manager.query(
        'INSERT INTO feature_request_subscriptions (request_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [request.id, viewer.user.id],
      );
      return comment;
    });
  }

  async subscribe(viewer: Viewer, requestId: string, on: boolean): Promise<FeatureRequest> {
    const request = await this.get(requestId);
    if (on)
      await this.dataSource.query(
        'INSERT INTO feature_request_subscriptions (request_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [request.id, viewer.user.id],
      );
    else
      await this.dataSource
        .getRepository(RequestSubscription)
        .delete({ requestId: request.id, userId: viewer.user.id });
    return request;
  }

  /** The organisation the request was filed for (for SUBMITTER). */
  async organisationOf(manager: EntityManager, request: FeatureRequest): Promise<string | null> {
    if (!request.membershipId) return null;
    const membership = await manager.findOneBy(Membership, { id: request.membershipId });
    return membership?.organisationId ?? null;
  }

  private async change(
    id: string,
    work: (manager: EntityManager, request: FeatureRequest, workflow: Workflow) => Promise<FeatureRequest>,
  ): Promise<FeatureRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lock(manager, id);
      return work(manager, request, await this.workflows.of(request.partnershipId, manager));
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<FeatureRequest> {
    const request = await manager.findOne(FeatureRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!request) throw new AppError('NOT_FOUND', msg('request.notFound', { id }));
    return request;
  }

  private assertOpen(request: FeatureRequest): void {
    if (request.duplicateOfId) throw new AppError('CONFLICT', msg('request.mergedAct', { number: request.number }));
  }

  private async countInterest(manager: EntityManager, requestId: string): Promise<number> {
    const [{ count }] = await manager.query(
      'SELECT count(*)::int AS count FROM interest_declarations WHERE request_id = $1',
      [requestId],
    );
    return count;
  }

  /**
   * The active membership the viewer acts for: the organisation it represents (the given one, or its only
   * one). With `optionalForManagers`, the community management (and admins) may act for none.
   */
  private async membershipFor(
    manager: EntityManager,
    viewer: Viewer,
    partnershipId: string,
    organisationId: string | null,
    optionalForManagers: boolean,
  ): Promise<Membership | null> {
    const represented = viewer.roles
      .filter((r) => r.partnershipId === partnershipId && r.role === Role.REPRESENTATIVE && r.organisationId)
      .map((r) => r.organisationId as string);
    const manages =
      viewer.isPlatformAdmin ||
      viewer.roles.some(
        (r) => r.partnershipId === partnershipId && (r.role === Role.COMMUNITY_MANAGER || r.role === Role.ADMIN),
      );
    let chosen = organisationId;
    if (!chosen) {
      if (represented.length === 1) chosen = represented[0];
      else if (represented.length > 1)
        throw AppError.badInput({
          organisationId: [msg('request.sayWhichOrganisation', { count: represented.length })],
        });
      else if (optionalForManagers && manages) return null;
      else throw AppError.badInput({ organisationId: [msg('request.representNone')] });
    }
    if (!represented.includes(chosen) && !(optionalForManagers && manages)) {
      throw AppError.badInput({ organisationId: [msg('request.onlyOwnOrganisation')] });
    }
    const membership = await manager.findOneBy(Membership, { partnershipId, organisationId: chosen });
    if (!membership || membership.status !== MembershipStatus.ACTIVE)
      throw AppError.badInput({ organisationId: [msg('request.notActiveMember')] });
    return membership;
  }
}
