import { msg } from '../server/src/common/i18n/messages';
import { InterestKind } from '../server/src/feature-requests/feature-request-enums';
import { validateWorkflow } from '../server/src/feature-requests/workflow';
import { MembershipStatus } from '../server/src/memberships/membership-status';
import { VoteStatus } from '../server/src/votes/vote-enums';
import { demoCommitteePlan, demoResult } from './demo-committees';
import { demoMemberships, demoOrganisations, demoPartnerships } from './demo-data';
import { demoRequestPlan, DemoRequest } from './demo-requests';
import { demoRoles, demoUsers } from './demo-users';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const now = new Date('2026-11-22T18:00:00Z');
const committees = demoCommitteePlan(now);
const plan = demoRequestPlan(now, committees);
const slugOf = (partnershipId: string) => demoPartnerships.find((p) => p.id === partnershipId)?.slug;
const workflowOf = (r: DemoRequest) => plan.workflows.find((w) => w.partnershipId === r.partnershipId)?.definition;
const categoryOf = (r: DemoRequest) => workflowOf(r)?.stages.find((s) => s.key === r.stage)?.category;
const inCategory = (...categories: string[]) =>
  plan.requests.filter((r) => categories.includes(categoryOf(r) as string));

describe('demo feature requests', () => {
  it('has fixed v4 ids that collide with no other demo record, whatever the day it is built', () => {
    const ids = plan.requests.flatMap((r) => [
      r.id,
      ...r.timeline.map((t) => t.id),
      ...r.interest.map((d) => d.id),
      ...r.comments.map((c) => c.id),
    ]);
    const others = [
      ...demoOrganisations,
      ...demoPartnerships,
      ...demoMemberships,
      ...demoUsers,
      ...demoRoles,
      ...committees.committees,
      ...committees.seats,
      ...committees.sessions,
      ...committees.sessions.flatMap((s) => s.agenda),
      ...committees.decisions,
      ...committees.votes,
      ...committees.votes.flatMap((v) => v.ballots),
      ...committees.applications,
    ].map((r) => r.id);
    expect(new Set([...ids, ...others]).size).toBe(ids.length + others.length);
    for (const id of ids) expect(id).toMatch(uuid);
    // Weekends move the seeded sessions; the stories must still be walks the workflow allows.
    for (const day of ['2026-01-03T07:00:00Z', '2026-06-14T23:30:00Z', '2027-02-28T12:00:00Z']) {
      expect(demoRequestPlan(new Date(day)).requests.flatMap((r) => r.timeline.map((t) => t.id))).toEqual(
        plan.requests.flatMap((r) => r.timeline.map((t) => t.id)),
      );
    }
  });

  it('gives each demo partnership the process of its story, as a sound copy of the template', () => {
    expect(Object.fromEntries(plan.workflows.map((w) => [slugOf(w.partnershipId), w.template]))).toEqual({
      'offene-datenplattform': 'CIVITAS_CONNECT_V1',
      'geoportal-verbund': 'MASTERPORTAL',
      'dorf-app': 'SMART_VILLAGE_APP',
    });
    for (const w of plan.workflows) {
      expect(w.definition.template).toBe(w.template);
      expect(validateWorkflow(w.definition)).toEqual([]);
    }
  });

  it('numbers each partnership’s requests 1, 2, 3 … in the order they were submitted', () => {
    for (const p of demoPartnerships) {
      const mine = plan.requests.filter((r) => r.partnershipId === p.id);
      expect(mine.length).toBeGreaterThanOrEqual(5);
      expect(mine.map((r) => r.number)).toEqual(mine.map((_, i) => i + 1));
      const submitted = mine.map((r) => r.createdAt.getTime());
      expect([...submitted].sort((a, b) => a - b)).toEqual(submitted);
    }
  });

  it('keeps a timeline of every stage a request passed through, from its submission to its stage, in time order', () => {
    for (const r of plan.requests) {
      const workflow = workflowOf(r);
      const moves = r.timeline.filter((t) => t.fromStage !== t.toStage);
      expect(moves[0]).toMatchObject({
        fromStage: null,
        toStage: workflow?.initialStage,
        actorUserId: r.submittedByUserId,
        at: r.createdAt,
      });
      moves.slice(1).forEach((t, i) => expect(t.fromStage).toBe(moves[i].toStage));
      expect(moves[moves.length - 1].toStage).toBe(r.stage);
      const times = r.timeline.map((t) => t.at.getTime());
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
      for (const t of r.timeline) expect(workflow?.stages.map((s) => s.key)).toContain(t.toStage);
    }
  });

  it('has the facts each stage needs: financing before development, a version and changelog for a release, a running survey with its deadline ahead', () => {
    for (const r of inCategory('DEVELOPMENT', 'TESTING', 'RELEASED'))
      expect({ title: r.title, financed: r.financedAt !== null }).toEqual({ title: r.title, financed: true });
    for (const r of inCategory('RELEASED')) {
      expect(r.releaseVersion).toMatch(/^\d+\.\d+\.\d+$/);
      expect(r.changelogEntry?.length).toBeGreaterThan(20);
      expect(r.releasedAt).toEqual(r.timeline[r.timeline.length - 1].at);
    }
    for (const r of inCategory('SURVEY')) {
      expect(r.surveyDeadline?.getTime()).toBeGreaterThan(now.getTime());
      expect(r.surveyClosedAt).toBeNull();
    }
    for (const r of plan.requests.filter((x) => x.surveyClosedAt)) expect(r.surveyClosedAt).toEqual(r.surveyDeadline);
    for (const r of inCategory('DECISION')) {
      // Waiting on a DECISION item of a planned session: opening that vote in the portal decides it.
      const session = committees.sessions.find((s) => s.agenda.some((a) => a.id === r.agendaItemId));
      expect(session?.status).toBe('PLANNED');
      expect(r.decisionOutcome).toBeNull();
    }
    for (const r of inCategory('DEVELOPED_OUTSIDE')) expect(r.developedOutside).toBe(true);
  });

  it('takes its decisions from the seeded closed votes, with the outcome their ballots give', () => {
    const decided = plan.requests.filter((r) => r.decidedAt);
    expect(decided.map((r) => slugOf(r.partnershipId)).sort()).toEqual(['geoportal-verbund', 'offene-datenplattform']);
    for (const r of decided) {
      const votes = r.voteIds.map((id) => committees.votes.find((v) => v.id === id));
      for (const v of votes) {
        expect(v?.status).toBe(VoteStatus.CLOSED);
        expect(v && demoResult(v).outcome).toBe(r.decisionOutcome);
      }
      expect(r.voteId).toBe(r.voteIds[r.voteIds.length - 1]);
      expect(r.decidedAt).toEqual(votes[votes.length - 1]?.closedAt);
      expect(r.timeline.find((t) => t.at.getTime() === r.decidedAt?.getTime())?.actorUserId).toBeNull();
    }
    expect(decided.find((r) => r.voteIds.length === 2)?.decisionId).toBe(committees.decisions[0].id);
  });

  it('has interest of active members of the same partnership, once per member, co-funding in cents only with WILL_CO_FUND', () => {
    for (const r of plan.requests) {
      expect(r.interestCount).toBe(r.interest.length);
      expect(new Set(r.interest.map((d) => d.membershipId)).size).toBe(r.interest.length);
      for (const d of r.interest) {
        const m = demoMemberships.find((x) => x.id === d.membershipId);
        expect(m).toMatchObject({ partnershipId: r.partnershipId, status: MembershipStatus.ACTIVE });
        expect(d.coFundUpToCents !== null).toBe(d.kind === InterestKind.WILL_CO_FUND);
        if (d.coFundUpToCents) expect(d.coFundUpToCents).toMatch(/^[1-9]\d*$/);
        expect(d.declaredAt.getTime()).toBeGreaterThanOrEqual(r.createdAt.getTime());
      }
    }
  });

  it('merges the duplicate into its original as the portal does', () => {
    const duplicate = plan.requests.find((r) => r.duplicateOfId) as DemoRequest;
    const original = plan.requests.find((r) => r.id === duplicate.duplicateOfId) as DemoRequest;
    expect(categoryOf(duplicate)).toBe('WITHDRAWN');
    expect(duplicate.interest).toEqual([]);
    expect(original.interest.map((d) => d.membershipId)).toContain(duplicate.membershipId);
    expect(original.timeline.map((t) => t.reason)).toContainEqual(
      msg('records.timeline.mergedHere', { number: duplicate.number }),
    );
    expect(original.subscriberUserIds).toContain(duplicate.submittedByUserId);
  });

  it('shows every part of the process somewhere: survey, assessment and estimate, co-funding, development, testing, release, rejection, comments', () => {
    for (const category of [
      'SUBMITTED',
      'SURVEY',
      'ASSESSMENT',
      'DECISION',
      'FINANCING',
      'DEVELOPMENT',
      'TESTING',
      'RELEASED',
      'REJECTED',
      'WITHDRAWN',
      'DEVELOPED_OUTSIDE',
    ]) {
      expect({ category, requests: inCategory(category).length > 0 }).toEqual({ category, requests: true });
    }
    expect(plan.requests.some((r) => r.assessedAt && r.estimatedAt && r.providerOrganisationId)).toBe(true);
    expect(plan.requests.some((r) => r.interest.filter((d) => d.kind === InterestKind.WILL_CO_FUND).length >= 3)).toBe(
      true,
    );
    expect(plan.requests.filter((r) => r.comments.length > 0).length).toBeGreaterThanOrEqual(3);
    // Subscribed: who filed it, and the demo users who declared or commented.
    for (const r of plan.requests) expect(r.subscriberUserIds).toContain(r.submittedByUserId);
  });
});
