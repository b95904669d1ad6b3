import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '../common/auth/permissions';
import {
  CurrentViewer,
  parentPartnership,
  partnershipArg,
  PartnershipLocator,
  partnershipOf,
  Public,
  RequirePermission,
  RequireReadable,
  SignedIn,
} from '../common/auth/access.decorators';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/graphql/app-error';
import { IdArg } from '../common/graphql/id-arg';
import { GraphQLContext } from '../loaders';
import { Organisation } from '../organisations/organisation.entity';
import { Partnership } from '../partnerships/partnership.entity';
import { User } from '../users/user.entity';
import { Decision } from '../votes/decision.entity';
import { Vote } from '../votes/vote.entity';
import {
  AddRequestCommentInput,
  BacklogArgs,
  ChooseWorkflowTemplateInput,
  DeclareInterestInput,
  MergeFeatureRequestInput,
  PutRequestToVoteInput,
  RecordAssessmentInput,
  RecordEstimateInput,
  SimilarRequestsArgs,
  StartInterestSurveyInput,
  SubmitFeatureRequestInput,
  TransitionFeatureRequestInput,
  UpdateWorkflowInput,
  WithdrawInterestInput,
} from './dto/feature-request.inputs';
import {
  InterestDeclaration,
  Notification,
  RequestComment,
  RequestTransition,
} from './feature-request-records.entities';
import { FeatureRequest } from './feature-request.entity';
import {
  AvailableTransitionType,
  ChangelogEntryType,
  FeatureRequestConnection,
  RequestAssessment,
  RequestEstimate,
  RoadmapColumnType,
  SimilarFeatureRequest,
  WorkflowStageType,
  WorkflowTemplateType,
  WorkflowType,
} from './feature-request.types';
import { FeatureRequestsService, viewerActors } from './feature-requests.service';
import { RequestQueries } from './request-queries';
import { coFundingTotalCents, factsOf } from './request-rules';
import { RequestVotesService } from './request-votes.service';
import { RequestWorkflowsService, toWorkflowType } from './request-workflows.service';
import { availableTransitions } from './workflow';
import { msg, languageOf, render } from '../common/i18n/messages';
import { renderStored } from '../common/i18n/stored-text';
import { templateInfo, workflowTemplates } from './workflow-templates';
import type { TemplateKey } from './workflow.types';

const requestAt = (path: string) => partnershipOf(FeatureRequest, path);
/** A field of a request: its partnership is on the parent. */
const parentRequest: PartnershipLocator = async ({ parent }) => (parent as { partnershipId: string }).partnershipId;
/** By `id` of a request, or by `partnershipId` / `slug` of the partnership. */
const requestOrPartnership: PartnershipLocator = async (input) => {
  const { args, dataSource } = input;
  if (typeof args.id === 'string') return requestAt('id')(input);
  if (typeof args.partnershipId === 'string') return partnershipArg('partnershipId')(input);
  if (typeof args.slug === 'string') {
    const [row] = await dataSource.query('SELECT id FROM partnerships WHERE slug = $1', [args.slug]);
    return (row?.id as string | undefined) ?? null;
  }
  return null;
};

@Resolver(() => Partnership)
export class PartnershipRequestsResolver {
  constructor(
    private readonly queries: RequestQueries,
    private readonly workflows: RequestWorkflowsService,
  ) {}

  @RequirePermission(Permission.PARTNERSHIP_READ, parentPartnership)
  @ResolveField(() => FeatureRequestConnection, {
    description: 'The backlog: filter by stage or category, kind, target; NEWEST or MOST_INTERESTED first.',
  })
  async featureRequests(@Parent() partnership: Partnership, @Args() args: BacklogArgs, @Context() ctx: GraphQLContext) {
    return this.queries.backlog(partnership.id, await ctx.loaders.requests.workflow.load(partnership.id), args);
  }

  @RequireReadable(parentPartnership)
  @ResolveField(() => WorkflowType, {
    description: 'Its request process: stages, transitions, who makes them and their guards.',
  })
  async workflow(@Parent() partnership: Partnership, @Context() ctx: GraphQLContext) {
    return toWorkflowType(await ctx.loaders.requests.workflow.load(partnership.id));
  }

  @RequireReadable(parentPartnership)
  @ResolveField(() => [RoadmapColumnType], {
    description: 'Accepted → in development → testing → released; public with the transparency pages.',
  })
  async roadmap(@Parent() partnership: Partnership, @Context() ctx: GraphQLContext) {
    return this.queries.roadmap(partnership.id, await ctx.loaders.requests.workflow.load(partnership.id));
  }

  @RequireReadable(parentPartnership)
  @ResolveField(() => [ChangelogEntryType], { description: 'Released requests with version and entry, newest first.' })
  changelog(@Parent() partnership: Partnership, @Args('first', { type: () => Int, defaultValue: 50 }) first = 50) {
    return this.queries.changelog(partnership.id, Math.min(Math.max(first, 1), 200));
  }
}

@Resolver(() => FeatureRequest)
export class FeatureRequestsResolver {
  constructor(
    private readonly requests: FeatureRequestsService,
    private readonly queries: RequestQueries,
    private readonly votes: RequestVotesService,
    private readonly workflows: RequestWorkflowsService,
  ) {}

  @RequirePermission(Permission.PARTNERSHIP_READ, requestOrPartnership)
  @Query(() => FeatureRequest, { description: 'A request by id, or by the partnership’s slug and its number.' })
  async featureRequest(
    @IdArg('id', { nullable: true }) id?: string,
    @Args('slug', { nullable: true }) slug?: string,
    @Args('number', { type: () => Int, nullable: true }) number?: number,
  ) {
    if (id) return this.requests.get(id);
    if (!slug || number === undefined) throw AppError.badInput({ id: [msg('request.idOrSlug')] });
    const partnershipId = await this.workflows.partnershipIdOf(slug);
    return this.requests.byNumber(partnershipId, number);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, requestOrPartnership)
  @Query(() => [SimilarFeatureRequest], {
    description:
      'Up to 5 requests that look like the text (German full text and trigram similarity; typos tolerated), best first.',
  })
  async similarFeatureRequests(@Args() args: SimilarRequestsArgs) {
    const partnershipId = args.partnershipId ?? (args.slug ? await this.workflows.partnershipIdOf(args.slug) : null);
    if (!partnershipId) throw AppError.badInput({ partnershipId: [msg('request.partnershipOrSlug')] });
    return this.queries.similar(partnershipId, args.text);
  }

  @Public()
  @Query(() => [WorkflowTemplateType], { description: 'The request processes of the reference study, to choose from.' })
  workflowTemplates(): WorkflowTemplateType[] {
    return (Object.keys(workflowTemplates) as TemplateKey[]).map((key) => ({
      key,
      ...templateInfo[key],
      workflow: toWorkflowType(workflowTemplates[key]),
    }));
  }

  @RequirePermission(Permission.REQUESTS_SUBMIT, partnershipArg('input.partnershipId'))
  @Mutation(() => FeatureRequest, {
    description:
      'Files a request for the organisation the viewer represents (the community management may file without one).',
  })
  submitFeatureRequest(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitFeatureRequestInput) {
    return this.requests.submit(viewer, input);
  }

  @RequirePermission(Permission.REQUESTS_MANAGE, requestAt('input.duplicateId'))
  @Mutation(() => FeatureRequest, {
    description:
      'Merges a duplicate into the original: interest and subscribers move over, the duplicate is withdrawn and points to the original. Returns the original.',
  })
  mergeFeatureRequest(@CurrentViewer() viewer: Viewer, @Args('input') input: MergeFeatureRequestInput) {
    return this.requests.merge(viewer, input);
  }

  @RequirePermission(Permission.REQUESTS_MANAGE, requestAt('input.requestId'))
  @Mutation(() => FeatureRequest, { description: 'Starts the interest survey; it closes by itself at the deadline.' })
  startInterestSurvey(@CurrentViewer() viewer: Viewer, @Args('input') input: StartInterestSurveyInput) {
    return this.requests.startSurvey(viewer, input);
  }

  @RequirePermission(Permission.REQUESTS_SUBMIT, requestAt('input.requestId'))
  @Mutation(() => FeatureRequest, {
    description: 'Declares (or changes) the interest of the organisation the viewer represents.',
  })
  declareInterest(@CurrentViewer() viewer: Viewer, @Args('input') input: DeclareInterestInput) {
    return this.requests.declareInterest(viewer, input);
  }

  @RequirePermission(Permission.REQUESTS_SUBMIT, requestAt('input.requestId'))
  @Mutation(() => FeatureRequest)
  withdrawInterest(@CurrentViewer() viewer: Viewer, @Args('input') input: WithdrawInterestInput) {
    return this.requests.withdrawInterest(viewer, input);
  }

  @RequirePermission(Permission.REQUESTS_ASSESS, requestAt('input.requestId'))
  @Mutation(() => FeatureRequest, { description: 'The product owner’s assessment: feasible, core-capable, notes.' })
  recordAssessment(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordAssessmentInput) {
    return this.requests.recordAssessment(viewer, input);
  }

  @RequirePermission(Permission.REQUESTS_ASSESS, requestAt('input.requestId'))
  @Mutation(() => FeatureRequest, { description: 'Estimate and offer: effort, amount, provider, offer document.' })
  recordEstimate(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordEstimateInput) {
    return this.requests.recordEstimate(viewer, input);
  }

  @RequirePermission(Permission.REQUESTS_MANAGE, requestAt('input.requestId'))
  @Mutation(() => FeatureRequest, {
    description:
      'Puts the request to a written procedure or on a session’s agenda, with the rule and committees of the workflow’s decision path.',
  })
  putFeatureRequestToVote(@CurrentViewer() viewer: Viewer, @Args('input') input: PutRequestToVoteInput) {
    return this.votes.putToVote(viewer, input);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, requestAt('input.requestId'))
  @Mutation(() => FeatureRequest, {
    description: 'Moves the request along its workflow; refused with the reasons when not allowed.',
  })
  transitionFeatureRequest(@CurrentViewer() viewer: Viewer, @Args('input') input: TransitionFeatureRequestInput) {
    return this.requests.transition(viewer, input);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, requestAt('input.requestId'))
  @Mutation(() => RequestComment)
  addRequestComment(@CurrentViewer() viewer: Viewer, @Args('input') input: AddRequestCommentInput) {
    return this.requests.addComment(viewer, input);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, requestAt('id'))
  @Mutation(() => FeatureRequest, { description: 'Notifications and mails on each transition and comment.' })
  subscribeToFeatureRequest(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.requests.subscribe(viewer, id, true);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, requestAt('id'))
  @Mutation(() => FeatureRequest)
  unsubscribeFromFeatureRequest(@CurrentViewer() viewer: Viewer, @IdArg() id: string) {
    return this.requests.subscribe(viewer, id, false);
  }

  @RequirePermission(Permission.REQUESTS_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => WorkflowType, { description: 'Replaces the partnership’s workflow by a template.' })
  async chooseWorkflowTemplate(@CurrentViewer() viewer: Viewer, @Args('input') input: ChooseWorkflowTemplateInput) {
    return toWorkflowType(await this.workflows.choose(viewer, input));
  }

  @RequirePermission(Permission.REQUESTS_MANAGE, partnershipArg('input.partnershipId'))
  @Mutation(() => WorkflowType, {
    description: 'Edits stages and transitions (the decision paths stay); refused with every problem found.',
  })
  async updateWorkflow(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateWorkflowInput) {
    return toWorkflowType(await this.workflows.update(viewer, input));
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => WorkflowStageType, { description: 'Its stage, with labels and category.' })
  async stageInfo(@Parent() request: FeatureRequest, @Context() ctx: GraphQLContext) {
    const workflow = await ctx.loaders.requests.workflow.load(request.partnershipId);
    return (
      workflow.stages.find((s) => s.key === request.stage) ?? {
        key: request.stage,
        category: 'SUBMITTED',
        labelDe: request.stage,
        labelEn: request.stage,
      }
    );
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => User, { nullable: true })
  submittedBy(@Parent() request: FeatureRequest, @Context() ctx: GraphQLContext) {
    return request.submittedByUserId ? ctx.loaders.user.load(request.submittedByUserId) : null;
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => Organisation, { nullable: true, description: 'The member organisation it was filed for.' })
  async organisation(@Parent() request: FeatureRequest, @Context() ctx: GraphQLContext) {
    if (!request.membershipId) return null;
    const membership = await ctx.loaders.membership.load(request.membershipId);
    return membership ? ctx.loaders.organisation.load(membership.organisationId) : null;
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => FeatureRequest, {
    nullable: true,
    description: 'The original, when this one was merged into it.',
  })
  duplicateOf(@Parent() request: FeatureRequest, @Context() ctx: GraphQLContext) {
    return request.duplicateOfId ? ctx.loaders.requests.request.load(request.duplicateOfId) : null;
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => RequestAssessment, { nullable: true })
  assessment(@Parent() request: FeatureRequest): RequestAssessment | null {
    if (!request.assessedAt) return null;
    return {
      feasible: !!request.assessmentFeasible,
      coreCapable: !!request.assessmentCoreCapable,
      notes: request.assessmentNotes ?? '',
      assessedAt: request.assessedAt,
      assessedByUserId: request.assessedByUserId,
    };
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => RequestEstimate, { nullable: true })
  estimate(@Parent() request: FeatureRequest): RequestEstimate | null {
    if (!request.estimatedAt) return null;
    return {
      effortPersonDays: request.effortPersonDays ?? '0',
      amountCents: request.amountCents ?? '0',
      offerDocumentUrl: request.offerDocumentUrl,
      estimatedAt: request.estimatedAt,
      providerOrganisationId: request.providerOrganisationId,
    };
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => [InterestDeclaration], { description: 'Who is in, oldest first.' })
  interest(@Parent() request: FeatureRequest, @Context() ctx: GraphQLContext) {
    return ctx.loaders.requests.interestByRequest.load(request.id);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => String, { description: 'The sum of co-funding intents, integer cents as a decimal string.' })
  async coFundingTotalCents(@Parent() request: FeatureRequest, @Context() ctx: GraphQLContext) {
    return coFundingTotalCents(await ctx.loaders.requests.interestByRequest.load(request.id));
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => [RequestTransition], { description: 'Every transition, oldest first.' })
  timeline(@Parent() request: FeatureRequest, @Context() ctx: GraphQLContext) {
    return ctx.loaders.requests.timelineByRequest.load(request.id);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => [RequestComment], { description: 'Oldest first.' })
  comments(@Parent() request: FeatureRequest, @Context() ctx: GraphQLContext) {
    return ctx.loaders.requests.commentsByRequest.load(request.id);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => Boolean, { description: 'Whether the viewer gets notifications about it.' })
  viewerSubscribed(@Parent() request: FeatureRequest, @CurrentViewer() viewer: Viewer, @Context() ctx: GraphQLContext) {
    return ctx.loaders.requests.subscribed.load(`${request.id}:${viewer.user.id}`);
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => [AvailableTransitionType], {
    description: 'What the viewer may do next with it, and for each step not possible now, why.',
  })
  async availableTransitions(
    @Parent() request: FeatureRequest,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ) {
    const [workflow, interest, membership] = await Promise.all([
      ctx.loaders.requests.workflow.load(request.partnershipId),
      ctx.loaders.requests.interestByRequest.load(request.id),
      request.membershipId ? ctx.loaders.membership.load(request.membershipId) : Promise.resolve(null),
    ]);
    const others = interest.filter((d) => d.membershipId !== request.membershipId).length;
    const language = languageOf(ctx);
    return availableTransitions(
      workflow,
      factsOf(request, others),
      viewerActors(viewer, request, membership?.organisationId ?? null),
      new Date().toISOString(),
    ).map((move) => ({
      ...move,
      reasons: move.reasons.map((reason) => render(reason, language)),
      failures: move.failures.map((failure) => ({ ...failure, reason: render(failure.reason, language) })),
    }));
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => Vote, { nullable: true, description: 'The latest vote on it.' })
  vote(@Parent() request: FeatureRequest, @Context() ctx: GraphQLContext) {
    return request.voteId ? ctx.loaders.vote.load(request.voteId) : null;
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => Decision, {
    nullable: true,
    description: 'The joint decision, when several committees vote on it.',
  })
  decision(@Parent() request: FeatureRequest, @Context() ctx: GraphQLContext) {
    return request.decisionId ? ctx.loaders.decision.load(request.decisionId) : null;
  }

  @RequirePermission(Permission.PARTNERSHIP_READ, parentRequest)
  @ResolveField(() => ID, { nullable: true, description: 'The DECISION item of a session it waits on.' })
  agendaItemId(@Parent() request: FeatureRequest) {
    return request.agendaItemId;
  }
}

@Resolver(() => RequestEstimate)
export class RequestEstimateResolver {
  @Public()
  @ResolveField(() => Organisation, { nullable: true, description: 'The provider that made the offer.' })
  provider(@Parent() estimate: RequestEstimate, @Context() ctx: GraphQLContext) {
    return estimate.providerOrganisationId ? ctx.loaders.organisation.load(estimate.providerOrganisationId) : null;
  }
}

@Resolver(() => RequestAssessment)
export class RequestAssessmentResolver {
  @Public()
  @ResolveField(() => User, { nullable: true })
  assessedBy(@Parent() assessment: RequestAssessment, @Context() ctx: GraphQLContext) {
    return assessment.assessedByUserId ? ctx.loaders.user.load(assessment.assessedByUserId) : null;
  }
}

@Resolver(() => InterestDeclaration)
export class InterestDeclarationResolver {
  @Public()
  @ResolveField(() => Organisation, { nullable: true })
  async organisation(@Parent() declaration: InterestDeclaration, @Context() ctx: GraphQLContext) {
    const membership = await ctx.loaders.membership.load(declaration.membershipId);
    return membership ? ctx.loaders.organisation.load(membership.organisationId) : null;
  }

  @Public()
  @ResolveField(() => String, {
    nullable: true,
    description: 'WILL_CO_FUND: the most it would pay, integer cents as a decimal string.',
  })
  coFundUpToCents(@Parent() declaration: InterestDeclaration) {
    return declaration.coFundUpToCents;
  }
}

@Resolver(() => RequestTransition)
export class RequestTransitionResolver {
  @Public()
  @ResolveField(() => String, { description: 'Why, in the reader’s language; empty when nobody gave a reason.' })
  reason(@Parent() transition: RequestTransition, @Context() ctx: GraphQLContext): string {
    return renderStored(
      transition.reason,
      { key: transition.reasonKey, params: transition.reasonParams },
      languageOf(ctx),
    );
  }

  @Public()
  @ResolveField(() => User, { nullable: true, description: 'Null: the system (survey deadline, closed vote).' })
  actor(@Parent() transition: RequestTransition, @Context() ctx: GraphQLContext) {
    return transition.actorUserId ? ctx.loaders.user.load(transition.actorUserId) : null;
  }
}

@Resolver(() => RequestComment)
export class RequestCommentResolver {
  @Public()
  @ResolveField(() => User, { nullable: true })
  author(@Parent() comment: RequestComment, @Context() ctx: GraphQLContext) {
    return comment.authorUserId ? ctx.loaders.user.load(comment.authorUserId) : null;
  }
}

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly queries: RequestQueries) {}

  @Public()
  @ResolveField(() => String, { description: 'What happened, in the reader’s language.' })
  text(@Parent() notification: Notification, @Context() ctx: GraphQLContext): string {
    return renderStored(
      notification.text,
      { key: notification.textKey, params: notification.textParams },
      languageOf(ctx),
    );
  }

  @SignedIn()
  @Query(() => [Notification], { description: 'The viewer’s in-app notifications, newest first.' })
  myNotifications(
    @CurrentViewer() viewer: Viewer,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ) {
    return this.queries.notifications(viewer.user.id, unreadOnly, Math.min(Math.max(first, 1), 200));
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks the given notifications (or all) read; returns how many changed.' })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ) {
    if (ids?.some((id) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)))
      throw AppError.badInput({ ids: [msg('request.notificationIds')] });
    return this.queries.markRead(viewer.user.id, ids ?? null);
  }

  @Public()
  @ResolveField(() => FeatureRequest, { nullable: true })
  request(@Parent() notification: Notification, @Context() ctx: GraphQLContext) {
    return notification.requestId ? ctx.loaders.requests.request.load(notification.requestId) : null;
  }

  @Public()
  @ResolveField(() => Partnership)
  partnership(@Parent() notification: Notification, @Context() ctx: GraphQLContext) {
    return ctx.loaders.partnership.load(notification.partnershipId);
  }
}
