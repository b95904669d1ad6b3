import { Role } from '../server/src/common/auth/permissions';
import { AgendaItemKind, SeatKind, SessionStatus } from '../server/src/committees/committee-enums';
import { MembershipStatus } from '../server/src/memberships/membership-status';
import { validateRule } from '../server/src/votes/decision-rule';
import { tally } from '../server/src/votes/tally';
import { VoteProcedure, VoteStatus } from '../server/src/votes/vote-enums';
import { demoCommitteePlan, demoReceipt } from './demo-committees';
import { demoMemberships, demoOrganisations, demoPartnerships } from './demo-data';
import { demoRoles, demoUsers } from './demo-users';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const now = new Date('2026-11-22T18:00:00Z');
const plan = demoCommitteePlan(now);
const DAY = 24 * 3600_000;

const membership = (id: string) => demoMemberships.find((m) => m.id === id);
const representedOrganisation = (partnershipId: string) =>
  demoRoles.find((r) => r.partnershipId === partnershipId && r.role === Role.REPRESENTATIVE)?.organisationId;
const ofPartnership = <T extends { partnershipId: string }>(rows: T[], partnershipId: string) =>
  rows.filter((r) => r.partnershipId === partnershipId);

describe('demo committees', () => {
  it('has fixed v4 ids that collide with no other demo record, and unique feed tokens and receipts', () => {
    const ids = [
      ...plan.committees,
      ...plan.seats,
      ...plan.sessions,
      ...plan.sessions.flatMap((s) => s.agenda),
      ...plan.decisions,
      ...plan.votes,
      ...plan.votes.flatMap((v) => v.ballots),
      ...plan.applications,
    ].map((r) => r.id);
    const others = [...demoOrganisations, ...demoPartnerships, ...demoMemberships, ...demoUsers, ...demoRoles].map(
      (r) => r.id,
    );
    expect(new Set([...ids, ...others]).size).toBe(ids.length + others.length);
    for (const id of ids) expect(id).toMatch(uuid);
    expect(demoCommitteePlan(new Date('2030-01-01T00:00:00Z')).votes.map((v) => v.id)).toEqual(
      plan.votes.map((v) => v.id),
    );
    const tokens = plan.committees.map((c) => c.feedToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{32}$/);
    const receipts = plan.votes.flatMap((v) => v.ballots.map((b) => b.receipt));
    expect(new Set(receipts).size).toBe(receipts.length);
    for (const receipt of receipts) expect(receipt).toMatch(/^DEMO-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(demoReceipt(plan.votes[0].ballots[0].id)).toBe(plan.votes[0].ballots[0].receipt);
  });

  it('gives every active member one seat per committee: voting where it votes, at most one chair, never a community call vote', () => {
    for (const c of plan.committees) {
      const seats = plan.seats.filter((s) => s.committeeId === c.id);
      const active = demoMemberships.filter(
        (m) => m.partnershipId === c.partnershipId && m.status === MembershipStatus.ACTIVE,
      );
      expect(seats.map((s) => s.membershipId).sort()).toEqual(active.map((m) => m.id).sort());
      for (const s of seats)
        expect(s.kind).toBe(membership(s.membershipId)?.voting && c.votes ? SeatKind.VOTING : SeatKind.ADVISORY);
      expect(seats.filter((s) => s.chair)).toHaveLength(1);
      if (c.kind === 'COMMUNITY_CALL') expect(c.votes).toBe(false);
    }
  });

  it('lets the Landesamt chair both Geoportal committees, and elsewhere not the representative’s member', () => {
    const chairOf = (committeeId: string) =>
      membership(plan.seats.find((s) => s.committeeId === committeeId && s.chair)?.membershipId ?? '');
    for (const p of demoPartnerships) {
      for (const c of ofPartnership(plan.committees, p.id).filter((x) => x.votes)) {
        const chair = chairOf(c.id);
        if (p.slug === 'geoportal-verbund') expect(chair?.organisationId).toBe(p.productOwnerOrganisationId);
        else expect(chair?.organisationId).not.toBe(representedOrganisation(p.id));
        expect(chair?.voting).toBe(true);
      }
    }
  });

  it('uses committee rules that pass validateRule for the members seated, in a session and in writing', () => {
    for (const c of plan.committees) {
      const voting = plan.seats.filter((s) => s.committeeId === c.id && s.kind === SeatKind.VOTING);
      const context = {
        vetoHolders: voting.filter((s) => membership(s.membershipId)?.vetoRight).length,
        hasChair: voting.some((s) => s.chair),
        entitledCount: Math.max(voting.length, 1),
      };
      expect(validateRule(c.rule, { ...context, procedure: 'SESSION' })).toEqual([]);
      expect(validateRule(c.rule, { ...context, procedure: 'WRITTEN' })).toEqual([]);
    }
    for (const v of plan.votes) {
      expect(
        validateRule(v.rule, {
          procedure: v.procedure,
          vetoHolders: v.entitled.filter((e) => e.vetoHolder).length,
          hasChair: v.entitled.some((e) => e.chair),
          entitledCount: v.entitled.length,
        }),
      ).toEqual([]);
    }
  });

  it('closes every vote with the outcome tally() gives its ballots', () => {
    const closed = plan.votes.filter((v) => v.status === VoteStatus.CLOSED);
    expect(closed.length).toBeGreaterThanOrEqual(demoPartnerships.length + 2);
    for (const v of closed) {
      const voters = v.entitled.map((e) => ({
        id: e.membershipId,
        weight: e.weight,
        vetoHolder: e.vetoHolder,
        chair: e.chair,
      }));
      const result = tally(
        v.rule,
        voters,
        v.ballots.map((b) => ({ voterId: b.membershipId, choice: b.choice })),
        v.attendance ?? undefined,
      );
      expect({ vote: v.title, outcome: result.outcome }).toEqual({ vote: v.title, outcome: v.outcome });
      expect(v.closedAt && v.closeReason).toBeTruthy();
      for (const b of v.ballots) expect(b.castAt.getTime()).toBeLessThanOrEqual((v.closedAt as Date).getTime());
    }
    // The Geoportal session vote shows the DIPAS rule at work: a tie, decided by the chair.
    const geoportal = demoPartnerships.find((p) => p.slug === 'geoportal-verbund')?.id as string;
    const [tie] = closed.filter((v) => v.partnershipId === geoportal && v.procedure === VoteProcedure.SESSION);
    const voters = tie.entitled.map((e) => ({ id: e.membershipId, weight: e.weight, chair: e.chair }));
    expect(
      tally(
        tie.rule,
        voters,
        tie.ballots.map((b) => ({ voterId: b.membershipId, choice: b.choice })),
        tie.attendance ?? undefined,
      ).tieBrokenByChair,
    ).toBe(true);
  });

  it('records the session votes among the members present, with one ballot by proxy and one member absent', () => {
    for (const v of plan.votes.filter((x) => x.procedure === VoteProcedure.SESSION)) {
      const session = plan.sessions.find((s) => s.id === v.sessionId);
      expect(session?.status).toBe(SessionStatus.CLOSED);
      expect(session?.agenda.find((a) => a.id === v.agendaItemId)?.kind).toBe(AgendaItemKind.DECISION);
      const proxies = Object.entries(v.attendance?.proxies ?? {});
      expect(proxies).toHaveLength(1);
      const covered = [...(v.attendance?.present ?? []), ...proxies.map(([absent]) => absent)].sort();
      expect(v.ballots.map((b) => b.membershipId).sort()).toEqual(covered);
      expect(v.ballots.filter((b) => b.byProxy).map((b) => b.membershipId)).toEqual(proxies.map(([absent]) => absent));
      expect(covered.length).toBeLessThan(v.entitled.length);
      for (const a of session?.attendance ?? [])
        if (a.proxyMembershipId)
          expect(session?.attendance.find((h) => h.membershipId === a.proxyMembershipId)?.present).toBe(true);
    }
  });

  it('plans one session per partnership about three weeks ahead that first approves the last minutes', () => {
    for (const p of demoPartnerships) {
      const sessions = ofPartnership(plan.sessions, p.id);
      expect(sessions.map((s) => s.status).sort()).toEqual([SessionStatus.CLOSED, SessionStatus.PLANNED]);
      const planned = sessions.find((s) => s.status === SessionStatus.PLANNED);
      const ahead = ((planned?.startsAt.getTime() ?? 0) - now.getTime()) / DAY;
      expect(ahead).toBeGreaterThan(20);
      expect(ahead).toBeLessThan(24);
      expect([1, 2, 3, 4, 5]).toContain(planned?.startsAt.getUTCDay());
      expect(planned?.agenda[0]).toMatchObject({
        position: 1,
        kind: AgendaItemKind.DECISION,
        title: 'Genehmigung des Protokolls der letzten Sitzung',
      });
      expect(planned?.agenda.slice(1).some((a) => a.kind === AgendaItemKind.DECISION)).toBe(true);
      expect(planned?.attendance).toEqual([]);
    }
  });

  it('leaves one written procedure per partnership open for the demo representative, with about half the ballots cast', () => {
    for (const p of demoPartnerships) {
      const open = ofPartnership(plan.votes, p.id).filter((v) => v.status === VoteStatus.OPEN);
      expect(open).toHaveLength(1);
      const [v] = open;
      expect(v).toMatchObject({ procedure: VoteProcedure.WRITTEN, sessionId: null, attendance: null, outcome: null });
      const left = ((v.deadline?.getTime() ?? 0) - now.getTime()) / DAY;
      expect(left).toBeGreaterThan(9);
      expect(left).toBeLessThan(13);
      expect(v.openedAt.getTime()).toBeLessThan(now.getTime());
      for (const b of v.ballots) expect(b.castAt.getTime()).toBeLessThan(now.getTime());
      const represented = representedOrganisation(p.id);
      expect(v.entitled.map((e) => e.organisationId)).toContain(represented);
      expect(v.ballots.map((b) => b.organisationId)).not.toContain(represented);
      expect(v.ballots.length).toBeGreaterThanOrEqual(Math.floor(v.entitled.length / 2) - 1);
      expect(v.ballots.length).toBeLessThanOrEqual(Math.ceil(v.entitled.length / 2));
    }
  });

  it('has the Geoportal-Verbund decide jointly: one accepted vote in each committee', () => {
    const geoportal = demoPartnerships.find((p) => p.slug === 'geoportal-verbund')?.id as string;
    expect(plan.decisions.map((d) => d.partnershipId)).toEqual([geoportal]);
    const joint = plan.votes.filter((v) => v.decisionId === plan.decisions[0].id);
    expect(joint.map((v) => v.committeeId).sort()).toEqual(
      ofPartnership(plan.committees, geoportal)
        .map((c) => c.id)
        .sort(),
    );
    for (const v of joint) expect(v).toMatchObject({ status: VoteStatus.CLOSED, outcome: 'ACCEPTED' });
  });

  it('keeps the fund and the tenders to members: those items are non-public, one of them with its vote', () => {
    const nonPublic = plan.sessions.flatMap((s) => s.agenda).filter((a) => !a.public);
    expect(nonPublic.map((a) => a.title).sort()).toEqual([
      'Bericht der Geschäftsstelle',
      'Mittelverwendung des Entwicklungsfonds 2027',
      'Stand des Entwicklungsfonds',
    ]);
    expect(plan.votes.filter((v) => nonPublic.some((a) => a.id === v.agendaItemId)).map((v) => v.title)).toEqual([
      'Mittelverwendung des Entwicklungsfonds 2027',
    ]);
  });

  it('keeps its story in order whichever day it runs: the past before today, sessions on weekdays, ballots before the close', () => {
    for (let day = 0; day < 7; day += 1) {
      const today = new Date(now.getTime() + day * DAY);
      const p = demoCommitteePlan(today);
      for (const s of p.sessions) {
        expect([1, 2, 3, 4, 5]).toContain(s.startsAt.getUTCDay());
        expect(s.startsAt.getTime() < today.getTime()).toBe(s.status === SessionStatus.CLOSED);
      }
      for (const v of p.votes) {
        expect(v.openedAt.getTime()).toBeLessThan(today.getTime());
        for (const b of v.ballots) {
          expect(b.castAt.getTime()).toBeGreaterThan(v.openedAt.getTime());
          expect(b.castAt.getTime()).toBeLessThan((v.closedAt ?? today).getTime());
        }
        if (v.deadline) expect(v.deadline.getTime() < today.getTime()).toBe(v.status === VoteStatus.CLOSED);
      }
    }
  });

  it('has one submitted application of a new municipality for the Offene Datenplattform', () => {
    expect(plan.applications).toHaveLength(1);
    const [a] = plan.applications;
    expect(demoPartnerships.find((p) => p.id === a.partnershipId)?.slug).toBe('offene-datenplattform');
    expect(a.contactEmail).toMatch(/@example\.org$/);
    expect(demoOrganisations.map((o) => o.name)).not.toContain(a.organisationName);
  });
});
