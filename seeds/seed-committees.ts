import { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../server/src/audit/audit-append';
import { VoteStatus } from '../server/src/votes/vote-enums';
import { demoCommitteePlan, DemoCommitteePlan, DemoVote, demoResult } from './demo-committees';

/**
 * Writes the demo committees, seats, sessions, votes and applications inside the seed's transaction.
 *
 * Committees are demo configuration and are reset like the partnerships. Everything the portal moves on
 * (sessions that get started, votes that close at their deadline, ballots, applications that get decided)
 * is written once: a second run leaves it, and what demo users did with it, as it is. Ballots are marked
 * audited, because their `ballot.cast` events are written here, once per partnership. Returns the plan, which
 * the feature requests refer to.
 */
export async function seedCommittees(manager: EntityManager, now: Date = new Date()): Promise<DemoCommitteePlan> {
  const plan = demoCommitteePlan(now);

  for (const c of plan.committees) {
    await manager.query(
      `INSERT INTO committees (id, partnership_id, name, kind, description, votes, cadence, default_rule, default_rule_name, seats_for_all_members, feed_token)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (id) DO UPDATE SET name = $3, kind = $4, description = $5, votes = $6, cadence = $7, default_rule = $8,
         default_rule_name = $9, seats_for_all_members = $10, feed_token = $11, updated_at = now()`,
      [
        c.id,
        c.partnershipId,
        c.name,
        c.kind,
        c.description,
        c.votes,
        c.cadence,
        JSON.stringify(c.rule),
        c.ruleName,
        c.seatsForAllMembers,
        c.feedToken,
      ],
    );
  }
  for (const s of plan.seats) {
    // No conflict target: a seat given or a chair moved in the portal since wins over the demo data.
    await manager.query(
      `INSERT INTO committee_seats (id, committee_id, membership_id, kind, chair, started_on) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [s.id, s.committeeId, s.membershipId, s.kind, s.chair, s.startedOn],
    );
  }
  for (const s of plan.sessions) {
    await manager.query(
      `INSERT INTO committee_sessions (id, partnership_id, committee_id, title, starts_at, ends_at, location, video_url, status, invitations_sent_at, opened_at, closed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING`,
      [
        s.id,
        s.partnershipId,
        s.committeeId,
        s.title,
        s.startsAt,
        s.endsAt,
        s.location,
        s.videoUrl,
        s.status,
        s.invitationsSentAt,
        s.openedAt,
        s.closedAt,
      ],
    );
    for (const a of s.agenda) {
      await manager.query(
        `INSERT INTO agenda_items (id, session_id, position, kind, title, description, minutes, public) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
        [a.id, s.id, a.position, a.kind, a.title, a.description, a.minutes, a.public],
      );
    }
    for (const a of s.attendance) {
      await manager.query(
        `INSERT INTO attendances (session_id, membership_id, present, proxy_membership_id) VALUES ($1, $2, $3, $4) ON CONFLICT (session_id, membership_id) DO NOTHING`,
        [s.id, a.membershipId, a.present, a.proxyMembershipId],
      );
    }
  }
  for (const d of plan.decisions) {
    await manager.query(
      `INSERT INTO decisions (id, partnership_id, title, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`,
      [d.id, d.partnershipId, d.title, d.createdAt],
    );
  }
  for (const v of plan.votes) {
    const result = v.status === VoteStatus.CLOSED ? closedResult(v) : null;
    await manager.query(
      `INSERT INTO votes (id, partnership_id, committee_id, session_id, agenda_item_id, decision_id, title, description, procedure, status, rule, rule_name,
         entitled, attendance, opened_at, deadline, closed_at, close_reason, outcome, result)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) ON CONFLICT (id) DO NOTHING`,
      [
        v.id,
        v.partnershipId,
        v.committeeId,
        v.sessionId,
        v.agendaItemId,
        v.decisionId,
        v.title,
        v.description,
        v.procedure,
        v.status,
        JSON.stringify(v.rule),
        v.ruleName,
        JSON.stringify(v.entitled),
        v.attendance && JSON.stringify(v.attendance),
        v.openedAt,
        v.deadline,
        v.closedAt,
        v.closeReason,
        result?.outcome ?? null,
        result && JSON.stringify(result),
      ],
    );
    for (const b of v.ballots) {
      // No conflict target: the key is (vote, member), and a receipt must stay unique.
      await manager.query(
        `INSERT INTO ballots (id, vote_id, membership_id, choice, cast_by_user_id, by_proxy, receipt, cast_at, audited)
         VALUES ($1, $2, $3, $4, NULL, $5, $6, $7, true) ON CONFLICT DO NOTHING`,
        [b.id, v.id, b.membershipId, b.choice, b.byProxy, b.receipt, b.castAt],
      );
    }
  }
  for (const a of plan.applications) {
    await manager.query(
      `INSERT INTO membership_applications (id, partnership_id, organisation_id, organisation_name, organisation_kind, state, population, contact_name,
         contact_email, statement, status, created_at)
       VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9, 'SUBMITTED', $10) ON CONFLICT (id) DO NOTHING`,
      [
        a.id,
        a.partnershipId,
        a.organisationName,
        a.organisationKind,
        a.state,
        a.population,
        a.contactName,
        a.contactEmail,
        a.statement,
        a.createdAt,
      ],
    );
  }

  // The history of these votes, once per partnership, in the order it happened.
  for (const partnershipId of new Set(plan.committees.map((c) => c.partnershipId))) {
    const [{ exists }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM audit_events WHERE chain_key = $1 AND action = 'vote.opened') AS exists`,
      [partnershipId],
    );
    if (exists) continue;
    const votes = plan.votes
      .filter((v) => v.partnershipId === partnershipId)
      .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
    for (const v of votes) await auditVote(manager, v);
    for (const a of plan.applications.filter((x) => x.partnershipId === partnershipId)) {
      await appendAuditEvent(manager, {
        partnershipId,
        actorUserId: null,
        action: 'application.submitted',
        subjectType: 'MembershipApplication',
        subjectId: a.id,
        payload: { organisation: a.organisationName, kind: a.organisationKind },
      });
    }
  }
  return plan;
}

/** tally() over the ballots; a story that tells another outcome than the count is a mistake in the demo data. */
function closedResult(v: DemoVote) {
  const result = demoResult(v);
  if (result.outcome !== v.outcome)
    throw new Error(`demo vote "${v.title}": the data says ${v.outcome}, its ballots count ${result.outcome}`);
  return result;
}

/** The events the portal writes for a vote (payloads as in VotesService and ballot-audit), with no actor. */
async function auditVote(manager: EntityManager, v: DemoVote): Promise<void> {
  const base = { partnershipId: v.partnershipId, actorUserId: null, subjectType: 'Vote', subjectId: v.id };
  await appendAuditEvent(manager, {
    ...base,
    action: 'vote.opened',
    payload: {
      voteId: v.id,
      title: v.title,
      committeeId: v.committeeId,
      procedure: v.procedure,
      ruleName: v.ruleName,
      rule: v.rule,
      deadline: v.deadline?.toISOString() ?? null,
      entitled: v.entitled.length,
      ...(v.attendance
        ? { present: v.attendance.present.length, proxies: Object.keys(v.attendance.proxies).length }
        : {}),
    },
  });
  for (const b of v.ballots) {
    await appendAuditEvent(manager, {
      ...base,
      action: 'ballot.cast',
      payload: {
        voteId: v.id,
        organisationId: b.organisationId,
        choice: b.choice,
        receipt: b.receipt,
        byProxy: b.byProxy,
      },
    });
  }
  if (v.status !== VoteStatus.CLOSED) return;
  const result = closedResult(v);
  await appendAuditEvent(manager, {
    ...base,
    action: 'vote.closed',
    payload: {
      voteId: v.id,
      title: v.title,
      outcome: result.outcome,
      reason: v.closeReason,
      figures: result.figures,
      quorum: result.quorum,
      sentence: result.sentence,
    },
  });
}
