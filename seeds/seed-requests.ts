import { EntityManager } from 'typeorm';
import { appendAuditEvents, AuditEntry } from '../server/src/audit/audit-append';
import type { AuditAction } from '../server/src/audit/audit-actions';
import { storedMessage } from '../server/src/common/i18n/stored-text';
import { DemoCommitteePlan } from './demo-committees';
import { demoRequestPlan, DemoRequest } from './demo-requests';

/**
 * Writes the demo workflows and feature requests inside the seed's transaction, after the committees (their
 * votes and agenda items are referred to).
 *
 * Everything here is written once and then left to the portal, like sessions and votes: requests move on,
 * members change their interest, and a partnership may edit its workflow, which a reset could leave
 * without the stage a request is in. A request whose number a portal user has taken meanwhile is skipped,
 * with everything that hangs off it.
 */
export async function seedRequests(
  manager: EntityManager,
  committees: DemoCommitteePlan,
  now: Date = new Date(),
): Promise<void> {
  const plan = demoRequestPlan(now, committees);

  for (const w of plan.workflows) {
    await manager.query(
      `INSERT INTO partnership_workflows (partnership_id, template, definition) VALUES ($1, $2, $3) ON CONFLICT (partnership_id) DO NOTHING`,
      [w.partnershipId, w.template, JSON.stringify(w.definition)],
    );
  }
  for (const r of plan.requests) {
    // No conflict target: the id, or (partnership, number) taken by a request filed in the portal.
    await manager.query(
      `INSERT INTO feature_requests (id, partnership_id, number, title, description, kind, target, funding_route, stage, submitted_by_user_id, membership_id,
         duplicate_of_id, survey_deadline, survey_closed_at, assessment_feasible, assessment_core_capable, assessment_notes, assessed_by_user_id, assessed_at,
         effort_person_days, amount_cents, provider_organisation_id, offer_document_url, estimated_by_user_id, estimated_at, decision_id, vote_id, agenda_item_id,
         decision_outcome, decided_at, financed_at, financed_by_user_id, release_version, changelog_entry, released_at, developed_outside, interest_count, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32,
         $33, $34, $35, $36, $37, $38, $39) ON CONFLICT DO NOTHING`,
      [
        r.id,
        r.partnershipId,
        r.number,
        r.title,
        r.description,
        r.kind,
        r.target,
        r.fundingRoute,
        r.stage,
        r.submittedByUserId,
        r.membershipId,
        r.duplicateOfId,
        r.surveyDeadline,
        r.surveyClosedAt,
        r.assessmentFeasible,
        r.assessmentCoreCapable,
        r.assessmentNotes,
        r.assessedByUserId,
        r.assessedAt,
        r.effortPersonDays,
        r.amountCents,
        r.providerOrganisationId,
        r.offerDocumentUrl,
        r.estimatedByUserId,
        r.estimatedAt,
        r.decisionId,
        r.voteId,
        r.agendaItemId,
        r.decisionOutcome,
        r.decidedAt,
        r.financedAt,
        r.financedByUserId,
        r.releaseVersion,
        r.changelogEntry,
        r.releasedAt,
        r.developedOutside,
        r.interestCount,
        r.createdAt,
        r.updatedAt,
      ],
    );
  }
  const stored: { id: string }[] = await manager.query(`SELECT id FROM feature_requests WHERE id = ANY($1)`, [
    plan.requests.map((r) => r.id),
  ]);
  const ours = new Set(stored.map((s) => s.id));
  const requests = plan.requests.filter((r) => ours.has(r.id));

  for (const r of requests) {
    for (const t of r.timeline) {
      // Typed reasons as typed, the portal's own as key and parameters (as RequestTransitions writes them).
      const stored = typeof t.reason === 'string' ? null : storedMessage(t.reason);
      await manager.query(
        `INSERT INTO feature_request_transitions (id, request_id, from_stage, to_stage, actor_user_id, reason, reason_key, reason_params, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
        [
          t.id,
          r.id,
          t.fromStage,
          t.toStage,
          t.actorUserId,
          typeof t.reason === 'string' ? t.reason : '',
          stored?.key ?? null,
          stored ? JSON.stringify(stored.params) : null,
          t.at,
        ],
      );
    }
    for (const d of r.interest) {
      // No conflict target: the key is (request, member), and a member may have changed its mind in the portal.
      await manager.query(
        `INSERT INTO interest_declarations (id, request_id, membership_id, kind, co_fund_up_to_cents, declared_by_user_id, declared_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [d.id, r.id, d.membershipId, d.kind, d.coFundUpToCents, d.declaredByUserId, d.declaredAt],
      );
    }
    for (const c of r.comments) {
      await manager.query(
        `INSERT INTO feature_request_comments (id, request_id, author_user_id, body, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
        [c.id, r.id, c.authorUserId, c.body, c.createdAt],
      );
    }
    for (const userId of r.subscriberUserIds) {
      await manager.query(
        `INSERT INTO feature_request_subscriptions (request_id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [r.id, userId, r.createdAt],
      );
    }
    // The seeded votes were written before the request existed, so the trigger that links a vote to its request did not see it.
    if (r.voteIds.length > 0) {
      await manager.query(
        `UPDATE votes SET subject_type = 'FEATURE_REQUEST', subject_id = $2 WHERE id = ANY($1) AND subject_type IS NULL`,
        [r.voteIds, r.id],
      );
    }
  }

  // Their history in the audit log, once per partnership, in the order it happened.
  for (const w of plan.workflows) {
    const [{ exists }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM audit_events WHERE chain_key = $1 AND action LIKE 'request.%') AS exists`,
      [w.partnershipId],
    );
    if (exists) continue;
    const mine = requests.filter((r) => r.partnershipId === w.partnershipId);
    if (mine.length === 0) continue;
    const events = mine.flatMap(historyOf);
    events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
    const chosen: AuditEntry = {
      partnershipId: w.partnershipId,
      actorUserId: null,
      action: 'workflow.template_chosen',
      subjectType: 'Partnership',
      subjectId: w.partnershipId,
      payload: { template: w.template, stages: w.definition.stages.map((s) => s.key) },
    };
    await appendAuditEvents(manager, [chosen, ...events.map((e) => e.entry)]);
  }
}

type TimedEntry = { at: Date; order: number; entry: AuditEntry };

/** The events the portal writes along a request's way (payloads as in FeatureRequestsService and friends). */
function historyOf(r: DemoRequest): TimedEntry[] {
  const events: TimedEntry[] = [];
  const add = (at: Date, actorUserId: string | null, action: AuditAction, payload: Record<string, unknown>) =>
    events.push({
      at,
      order: events.length,
      entry: {
        partnershipId: r.partnershipId,
        actorUserId,
        action,
        subjectType: 'FeatureRequest',
        subjectId: r.id,
        payload,
      },
    });
  const number = r.number;
  add(r.createdAt, r.submittedByUserId, 'request.submitted', {
    number,
    title: r.title,
    kind: r.kind,
    fundingRoute: r.fundingRoute,
    membershipId: r.membershipId,
  });
  for (const d of r.interest)
    add(d.declaredAt, d.declaredByUserId, 'request.interest_declared', {
      number,
      membershipId: d.membershipId,
      kind: d.kind,
      coFundUpToCents: d.coFundUpToCents,
    });
  if (r.assessedAt)
    add(r.assessedAt, r.assessedByUserId, 'request.assessed', {
      number,
      feasible: r.assessmentFeasible,
      coreCapable: r.assessmentCoreCapable,
    });
  if (r.estimatedAt) {
    add(r.estimatedAt, r.estimatedByUserId, 'request.estimated', {
      number,
      effortPersonDays: r.effortPersonDays,
      amountCents: r.amountCents,
      providerOrganisationId: r.providerOrganisationId,
    });
  }
  if (r.financedAt) add(r.financedAt, r.financedByUserId, 'request.financed', { number, amountCents: r.amountCents });
  if (r.surveyClosedAt)
    add(r.surveyClosedAt, null, 'request.survey_closed', {
      number,
      deadline: r.surveyDeadline?.toISOString() ?? null,
      declarations: r.interest.length,
    });
  // Before the transition the closed vote makes at the same moment.
  if (r.decidedAt)
    add(r.decidedAt, null, 'request.decided', {
      number,
      outcome: r.decisionOutcome,
      voteId: r.voteId,
      decisionId: r.decisionId,
    });
  for (const t of r.timeline.slice(1)) {
    if (t.fromStage === t.toStage)
      add(t.at, t.actorUserId, 'request.merged', {
        duplicate: typeof t.reason === 'string' ? null : t.reason.params.number,
        original: number,
      });
    else
      add(t.at, t.actorUserId, 'request.transitioned', {
        number,
        from: t.fromStage,
        to: t.toStage,
        reason: typeof t.reason === 'string' ? t.reason : storedMessage(t.reason),
      });
  }
  return events;
}
