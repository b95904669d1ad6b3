/**
 * Demo feature requests: each demo partnership runs the process of the reference study closest to its story
 * (demo-request-stories.ts), and its requests stand in every kind of stage, each with the timeline of every
 * transition it went through, interest declarations, assessment, estimate, financing, decision and release
 * where its path needs them. Two are decided by votes demo-committees.ts already seeds (a session vote and a
 * joint decision of both committees); one waits on a DECISION item of a planned session, so opening that vote
 * in the portal decides it.
 *
 * Every path is checked with the workflow's own rule (checkTransition) as it is built: a story the portal
 * would refuse is a mistake in the demo data, and building the plan throws.
 *
 * Ids are fixed (prefixes 70… to 73…); dates are relative to the day the seed runs.
 */
import { Role } from '../server/src/common/auth/permissions';
import { MessageRef, msg } from '../server/src/common/i18n/messages';
import { InterestKind } from '../server/src/feature-requests/feature-request-enums';
import { actorsOf, factsOf } from '../server/src/feature-requests/request-rules';
import { checkTransition } from '../server/src/feature-requests/workflow';
import { workflowTemplates } from '../server/src/feature-requests/workflow-templates';
import type { FundingRoute, TemplateKey, Workflow, WorkflowActor } from '../server/src/feature-requests/workflow.types';
import { combineOutcomes } from '../server/src/votes/decision-outcome';
import { demoCommitteePlan, DemoCommitteePlan, demoMembershipId, demoResult, DemoVote } from './demo-committees';
import { demoMemberships, demoOrganisations, demoPartnerships } from './demo-data';
import { requestStories, RequestStory, StoryContext } from './demo-request-stories';
import { demoRoles } from './demo-users';

export interface DemoWorkflow {
  partnershipId: string;
  template: TemplateKey;
  definition: Workflow;
}

export interface DemoTransition {
  id: string;
  fromStage: string | null;
  toStage: string;
  actorUserId: string | null;
  /** What a person typed ('' for none), or the portal's own reason as the message it stores. */
  reason: string | MessageRef;
  at: Date;
}

export interface DemoInterest {
  id: string;
  membershipId: string;
  kind: InterestKind;
  /** Integer cents as a decimal string; only with WILL_CO_FUND. */
  coFundUpToCents: string | null;
  declaredByUserId: string | null;
  declaredAt: Date;
}

export interface DemoComment {
  id: string;
  authorUserId: string;
  body: string;
  createdAt: Date;
}

/** A row of feature_requests (without `search`, which PostgreSQL generates) and what hangs off it. */
export interface DemoRequest {
  id: string;
  partnershipId: string;
  number: number;
  title: string;
  description: string;
  kind: RequestStory['kind'];
  target: RequestStory['target'];
  fundingRoute: FundingRoute;
  stage: string;
  submittedByUserId: string;
  membershipId: string | null;
  duplicateOfId: string | null;
  surveyDeadline: Date | null;
  surveyClosedAt: Date | null;
  assessmentFeasible: boolean | null;
  assessmentCoreCapable: boolean | null;
  assessmentNotes: string | null;
  assessedByUserId: string | null;
  assessedAt: Date | null;
  effortPersonDays: string | null;
  amountCents: string | null;
  providerOrganisationId: string | null;
  offerDocumentUrl: string | null;
  estimatedByUserId: string | null;
  estimatedAt: Date | null;
  decisionId: string | null;
  voteId: string | null;
  /** Also the votes whose subject this request is (a joint decision has one per committee). */
  voteIds: string[];
  agendaItemId: string | null;
  decisionOutcome: 'ACCEPTED' | 'REJECTED' | 'VETOED' | 'NO_QUORUM' | null;
  decidedAt: Date | null;
  financedAt: Date | null;
  financedByUserId: string | null;
  releaseVersion: string | null;
  changelogEntry: string | null;
  releasedAt: Date | null;
  developedOutside: boolean;
  interestCount: number;
  createdAt: Date;
  updatedAt: Date;
  timeline: DemoTransition[];
  interest: DemoInterest[];
  comments: DemoComment[];
  subscriberUserIds: string[];
}

export interface DemoRequestPlan {
  workflows: DemoWorkflow[];
  requests: DemoRequest[];
}

const uuid = (prefix: string, n: number): string => `${prefix}-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const ids = {
  request: (p: number, n: number) => uuid('70000000', p * 100 + n),
  transition: (p: number, n: number, i: number) => uuid('71000000', (p * 100 + n) * 100 + i),
  interest: (p: number, n: number, membershipNo: number) => uuid('72000000', (p * 100 + n) * 1000 + membershipNo),
  comment: (p: number, n: number, i: number) => uuid('73000000', (p * 100 + n) * 100 + i),
};

const DAY = 24 * 3600_000;
const cents = (euros: number): string => String(Math.round(euros * 100));

/** Builds the whole plan; pure apart from reading the other demo data, so tests can check it without a database. */
export function demoRequestPlan(
  now: Date = new Date(),
  committees: DemoCommitteePlan = demoCommitteePlan(now),
): DemoRequestPlan {
  const plan: DemoRequestPlan = { workflows: [], requests: [] };
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());

  for (const [slug, { template, stories }] of Object.entries(requestStories)) {
    const p = demoPartnerships.findIndex((x) => x.slug === slug) + 1;
    const partnership = demoPartnerships[p - 1];
    if (!partnership) throw new Error(`demo requests refer to partnership ${slug}, which the demo data does not have`);
    const workflow = structuredClone(workflowTemplates[template]) as Workflow;
    plan.workflows.push({ partnershipId: partnership.id, template, definition: workflow });

    const userOf = (role: Role) => {
      const r = demoRoles.find((x) => x.partnershipId === partnership.id && x.role === role);
      if (!r) throw new Error(`no demo ${role} in ${slug}`);
      return r;
    };
    const representative = userOf(Role.REPRESENTATIVE);
    const users = {
      CM: userOf(Role.COMMUNITY_MANAGER).userId,
      PO: userOf(Role.PRODUCT_OWNER).userId,
      REP: representative.userId,
    };
    const membership = (n: number) => {
      const m = demoMemberships.find((x) => x.id === demoMembershipId(n) && x.partnershipId === partnership.id);
      if (!m) throw new Error(`demo requests of ${slug} refer to membership ${n}, which the partnership does not have`);
      return m;
    };
    const votes = committees.votes.filter((v) => v.partnershipId === partnership.id);
    const context: StoryContext = {
      at: (day, hour = 10) => new Date(midnight + day * DAY + hour * 3600_000),
      shift: (date, days) => new Date(date.getTime() + days * DAY),
      sentence: (vote) => {
        const { de, en } = demoResult(vote).sentence;
        return msg('records.timeline.voteResult', { result: { de, en } });
      },
      organisation: (name) =>
        only(
          demoOrganisations.filter((o) => o.name === name),
          `organisation ${name}`,
        ).id,
      sessionVote: () =>
        only(
          votes.filter((v) => v.sessionId && v.closedAt),
          `a closed session vote in ${slug}`,
        ),
      jointVotes: () => {
        const joint = votes.filter((v) => v.decisionId);
        if (joint.length < 2) throw new Error(`no joint decision in ${slug}`);
        return joint;
      },
      plannedItem: (title) => {
        const session = only(
          committees.sessions.filter((s) => s.partnershipId === partnership.id && !s.closedAt),
          `a planned session in ${slug}`,
        );
        return only(
          session.agenda.filter((a) => a.title === title),
          `agenda item "${title}" in ${slug}`,
        ).id;
      },
    };

    stories(context).forEach((story, index, all) => {
      const number = index + 1;
      // Numbers are given in the order of submission.
      if (index > 0 && all[index - 1].submittedAt >= story.submittedAt)
        throw new Error(`demo request "${story.title}" is listed before one submitted earlier`);
      const id = ids.request(p, number);
      const submitter = story.filedBy === 'REP' ? users.REP : users.CM;
      const m = story.member === null ? null : membership(story.member);
      if (story.filedBy === 'REP' && m?.organisationId !== representative.organisationId) {
        throw new Error(
          `demo request "${story.title}": the demo representative acts for another member than ${story.member}`,
        );
      }
      const decision = story.decidedBy ? decisionOf(story.decidedBy) : null;
      const interest = (story.interest ?? []).map(([n, kind, euros, day]): DemoInterest => ({
        id: ids.interest(p, number, n),
        membershipId: membership(n).id,
        kind,
        coFundUpToCents: kind === InterestKind.WILL_CO_FUND ? cents(euros as number) : null,
        declaredByUserId: membership(n).organisationId === representative.organisationId ? users.REP : null,
        declaredAt: context.at(day, 15),
      }));
      const last = story.steps[story.steps.length - 1];
      const releasedAt = story.release ? last.at : null;
      const request: DemoRequest = {
        id,
        partnershipId: partnership.id,
        number,
        title: story.title,
        description: story.description,
        kind: story.kind,
        target: story.target,
        fundingRoute: story.fundingRoute,
        stage: last?.to ?? workflow.initialStage,
        submittedByUserId: submitter,
        membershipId: m?.id ?? null,
        duplicateOfId: story.duplicateOf
          ? (plan.requests.find((r) => r.partnershipId === partnership.id && r.title === story.duplicateOf)?.id ??
            missing(story))
          : null,
        surveyDeadline: story.survey?.deadline ?? null,
        surveyClosedAt: story.survey && story.survey.deadline <= now ? story.survey.deadline : null,
        assessmentFeasible: story.assessment?.feasible ?? null,
        assessmentCoreCapable: story.assessment?.coreCapable ?? null,
        assessmentNotes: story.assessment?.notes ?? null,
        assessedByUserId: story.assessment ? users.PO : null,
        assessedAt: story.assessment?.at ?? null,
        effortPersonDays: story.estimate ? story.estimate.personDays.toFixed(1) : null,
        amountCents: story.estimate ? cents(story.estimate.euros) : null,
        providerOrganisationId: story.estimate?.providerOrganisationId ?? null,
        offerDocumentUrl: story.estimate?.offerDocumentUrl ?? null,
        estimatedByUserId: story.estimate ? users.PO : null,
        estimatedAt: story.estimate?.at ?? null,
        decisionId: decision?.decisionId ?? null,
        voteId: decision?.voteId ?? null,
        voteIds: decision?.voteIds ?? [],
        agendaItemId: story.agendaItemId ?? null,
        decisionOutcome: decision?.outcome ?? null,
        decidedAt: decision?.decidedAt ?? null,
        financedAt: story.financedAt ?? null,
        financedByUserId: story.financedAt ? users.PO : null,
        releaseVersion: story.release?.version ?? null,
        changelogEntry: story.release?.changelog ?? null,
        releasedAt,
        developedOutside: story.steps.some(
          (s) => workflow.stages.find((x) => x.key === s.to)?.category === 'DEVELOPED_OUTSIDE',
        ),
        interestCount: interest.length,
        createdAt: story.submittedAt,
        updatedAt: last?.at ?? story.submittedAt,
        timeline: [],
        interest,
        comments: (story.comments ?? []).map(([author, day, body], i) => ({
          id: ids.comment(p, number, i + 1),
          authorUserId: users[author],
          body,
          createdAt: context.at(day, 11),
        })),
        subscriberUserIds: [],
      };
      request.timeline.push({
        id: ids.transition(p, number, 1),
        fromStage: null,
        toStage: workflow.initialStage,
        actorUserId: submitter,
        reason: '',
        at: story.submittedAt,
      });
      let stage = workflow.initialStage;
      story.steps.forEach((step, i) => {
        const actorUserId = step.actor === 'SYSTEM' ? null : users[step.actor];
        if (!story.duplicateOf || i < story.steps.length - 1)
          checkStep(workflow, request, stage, step, actorUserId, partnership.id, now);
        request.timeline.push({
          id: ids.transition(p, number, i + 2),
          fromStage: stage,
          toStage: step.to,
          actorUserId,
          reason: step.reason ?? '',
          at: step.at,
        });
        stage = step.to;
      });
      if (story.duplicateOf) mergeInto(plan.requests, request, p, users.CM);
      plan.requests.push(request);
    });
  }
  // Who filed, declared or commented follows a request (as in the portal); merging takes the duplicate's along.
  for (const r of plan.requests) {
    const own = [
      r.submittedByUserId,
      ...r.interest.map((d) => d.declaredByUserId),
      ...r.comments.map((c) => c.authorUserId),
    ];
    const merged = plan.requests.filter((d) => d.duplicateOfId === r.id).map((d) => d.submittedByUserId);
    r.subscriberUserIds = [...new Set([...own, ...merged].filter((u): u is string => u !== null))];
  }
  return plan;

  function decisionOf(votes: DemoVote[]) {
    const outcome = combineOutcomes(votes.map((v) => demoResult(v).outcome));
    const last = votes[votes.length - 1];
    if (!outcome || !last.closedAt)
      throw new Error(`demo vote "${last.title}" has not closed, so it decides no request`);
    return {
      outcome,
      decidedAt: last.closedAt,
      voteId: last.id,
      voteIds: votes.map((v) => v.id),
      decisionId: last.decisionId,
    };
  }
}

function missing(story: RequestStory): never {
  throw new Error(`demo request "${story.title}" is merged into "${story.duplicateOf}", which is not listed before it`);
}

function only<T>(rows: T[], what: string): T {
  if (rows.length !== 1) throw new Error(`the demo data has ${rows.length} times ${what}, expected exactly one`);
  return rows[0];
}

/** The step as the portal would have judged it at its time: the facts known then, the roles of the one acting. */
function checkStep(
  workflow: Workflow,
  r: DemoRequest,
  from: string,
  step: RequestStory['steps'][number],
  actorUserId: string | null,
  partnershipId: string,
  now: Date,
): void {
  const t = step.at;
  const known = (d: Date | null) => (d && d <= t ? d : null);
  const facts = factsOf(
    {
      stage: from,
      fundingRoute: r.fundingRoute,
      surveyDeadline: r.surveyDeadline,
      surveyClosedAt: known(r.surveyClosedAt),
      assessedAt: known(r.assessedAt),
      estimatedAt: known(r.estimatedAt),
      decisionOutcome: known(r.decidedAt) ? r.decisionOutcome : null,
      decidedAt: known(r.decidedAt),
      financedAt: known(r.financedAt),
      releaseVersion: r.releaseVersion,
      changelogEntry: r.changelogEntry,
    },
    r.interest.filter((d) => d.declaredAt <= t && d.membershipId !== r.membershipId).length,
  );
  const organisationId = demoMemberships.find((m) => m.id === r.membershipId)?.organisationId ?? null;
  const actors: WorkflowActor[] =
    actorUserId === null
      ? ['SYSTEM']
      : actorsOf(
          { isPlatformAdmin: false, userId: actorUserId, roles: demoRoles.filter((x) => x.userId === actorUserId) },
          partnershipId,
          { submittedByUserId: r.submittedByUserId, organisationId },
        );
  const verdict = checkTransition(workflow, facts, { to: step.to, actors, now: t.toISOString() });
  if (!verdict.allowed)
    throw new Error(`demo request "${r.title}": ${from} → ${step.to} would be refused: ${verdict.reasons.join('; ')}`);
  if (t > now) throw new Error(`demo request "${r.title}": the step to ${step.to} lies in the future`);
}

/** As mergeFeatureRequest does: the duplicate's member supports the original, the original's timeline says so. */
function mergeInto(requests: DemoRequest[], duplicate: DemoRequest, p: number, cm: string): void {
  const original = requests.find((r) => r.id === duplicate.duplicateOfId) as DemoRequest;
  if (duplicate.interest.length > 0)
    throw new Error(`demo request "${duplicate.title}": give its interest to the original, it is merged`);
  const at = duplicate.updatedAt;
  duplicate.timeline[duplicate.timeline.length - 1].reason = msg('records.timeline.mergedInto', {
    number: original.number,
  });
  if (duplicate.membershipId && !original.interest.some((d) => d.membershipId === duplicate.membershipId)) {
    const membershipNo = Number(duplicate.membershipId.slice(-12));
    original.interest.push({
      id: ids.interest(p, original.number, membershipNo),
      membershipId: duplicate.membershipId,
      kind: InterestKind.SUPPORT,
      coFundUpToCents: null,
      declaredByUserId: duplicate.submittedByUserId,
      declaredAt: at,
    });
    original.interestCount = original.interest.length;
  }
  original.timeline.push({
    id: ids.transition(p, original.number, 99),
    fromStage: original.stage,
    toStage: original.stage,
    actorUserId: cm,
    reason: msg('records.timeline.mergedHere', { number: duplicate.number }),
    at,
  });
  duplicate.interest = [];
  duplicate.interestCount = 0;
}
