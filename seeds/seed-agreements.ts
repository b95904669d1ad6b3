import { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../server/src/audit/audit-append';
import { storedMessage } from '../server/src/common/i18n/stored-text';
import { DemoCommitteePlan } from './demo-committees';
import { demoAgreementPlan, DemoCostTransaction } from './demo-agreements';

/**
 * Writes the demo module catalogue and cost-sharing agreements. Idempotent: fixed ids, `ON CONFLICT DO
 * NOTHING`; a ledger transaction's entries are written only when the transaction itself was inserted, so the
 * append-only ledger is never written twice and every transaction balances at commit. An agreement whose
 * request got another agreement in the portal meanwhile is skipped with everything that hangs off it.
 */
export async function seedAgreements(
  manager: EntityManager,
  committees?: DemoCommitteePlan,
  now: Date = new Date(),
): Promise<void> {
  const plan = demoAgreementPlan(now, committees);
  for (const m of plan.modules) {
    await manager.query(
      `INSERT INTO modules (id, partnership_id, name, description, annual_cost_cents, provider_organisation_id) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [m.id, m.partnershipId, m.name, m.description, m.annualCostCents?.toString() ?? null, m.providerOrganisationId],
    );
    for (const u of m.uses) {
      await manager.query(
        `INSERT INTO module_uses (id, module_id, partnership_id, organisation_id, since, until) SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM modules WHERE id = $2) ON CONFLICT DO NOTHING`,
        [u.id, m.id, m.partnershipId, u.organisationId, u.since, u.until],
      );
    }
  }
  for (const a of plan.agreements) {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO cost_agreements (id, partnership_id, feature_request_id, module_id, title, total_cents, status, provider_organisation_id, recurring, year, current_version, financed_at, created_at)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13
        WHERE ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM feature_requests WHERE id = $3)) AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM modules WHERE id = $4))
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        a.id,
        a.partnershipId,
        a.featureRequestId,
        a.moduleId,
        a.title,
        a.totalCents.toString(),
        a.status,
        a.providerOrganisationId,
        a.recurring,
        a.year,
        a.versions.length,
        a.financedAt,
        a.createdAt,
      ],
    );
    // Written once: an agreement already there (from an earlier run, or changed in the portal) is left alone.
    if (inserted.length === 0) continue;
    for (const t of a.transactions) await book(manager, a.partnershipId, t);
    for (const v of a.versions) {
      const reason = typeof v.reason === 'string' ? null : storedMessage(v.reason);
      await manager.query(
        `INSERT INTO cost_agreement_versions (id, agreement_id, partnership_id, version, method, total_cents, reason, reason_key, reason_params, transaction_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
        [
          v.id,
          a.id,
          a.partnershipId,
          v.version,
          v.method,
          a.totalCents.toString(),
          typeof v.reason === 'string' ? v.reason : '',
          reason?.key ?? null,
          reason ? JSON.stringify(reason.params) : null,
          v.transactionId,
          v.createdAt,
        ],
      );
      for (const [position, s] of v.shares.entries()) {
        await manager.query(
          `INSERT INTO cost_shares (version_id, agreement_id, partnership_id, organisation_id, position, amount_cents, basis, exact_cents, rounded_up) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
          [
            v.id,
            a.id,
            a.partnershipId,
            s.organisationId,
            position,
            s.amountCents.toString(),
            s.basis.toString(),
            s.exactCents,
            s.roundedUp,
          ],
        );
      }
    }
    for (const c of a.contracts) {
      await manager.query(
        `INSERT INTO cost_contracts (id, agreement_id, partnership_id, organisation_id, version, status, sent_at, decided_at, decided_by_user_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
        [c.id, a.id, a.partnershipId, c.organisationId, c.version, c.status, c.sentAt, c.decidedAt, c.decidedByUserId],
      );
    }
    await appendAuditEvent(manager, {
      partnershipId: a.partnershipId,
      actorUserId: null,
      action: a.recurring ? 'agreement.renewed' : 'agreement.created',
      subjectType: 'CostAgreement',
      subjectId: a.id,
      payload: {
        title: a.title,
        totalCents: a.totalCents.toString(),
        status: a.status,
        versions: a.versions.length,
        seed: 'demo data',
      },
    });
  }
}

async function book(manager: EntityManager, partnershipId: string, t: DemoCostTransaction): Promise<void> {
  const description = storedMessage(t.description);
  const inserted: unknown[] = await manager.query(
    `INSERT INTO ledger_transactions (id, partnership_id, kind, booked_on, description_key, description_params, source_type, source_id, reverses_id)
     VALUES ($1, $2, $3, $4, $5, $6, 'COST_AGREEMENT', $7, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      t.id,
      partnershipId,
      t.kind,
      t.bookedOn,
      description.key,
      JSON.stringify(description.params),
      t.sourceId,
      t.reversesId,
    ],
  );
  if (inserted.length === 0) return;
  for (const e of t.entries) {
    // Other seeds may have opened the account already: found by its code.
    await manager.query(
      `INSERT INTO finance_accounts (partnership_id, code, kind, organisation_id) VALUES ($1, $2, $3, $4) ON CONFLICT (partnership_id, code) DO NOTHING`,
      [partnershipId, e.code, e.kind, e.organisationId],
    );
    const [account] = await manager.query(`SELECT id FROM finance_accounts WHERE partnership_id = $1 AND code = $2`, [
      partnershipId,
      e.code,
    ]);
    await manager.query(
      `INSERT INTO ledger_entries (transaction_id, partnership_id, account_id, amount_cents, currency, booked_on) VALUES ($1, $2, $3, $4, 'EUR', $5)`,
      [t.id, partnershipId, account.id, e.amountCents.toString(), t.bookedOn],
    );
  }
  await appendAuditEvent(manager, {
    partnershipId,
    actorUserId: null,
    action: 'ledger.posted',
    subjectType: 'LedgerTransaction',
    subjectId: t.id,
    payload: {
      kind: t.kind,
      bookedOn: t.bookedOn,
      description,
      source: `COST_AGREEMENT:${t.sourceId}`,
      entries: t.entries.map((e) => ({ account: e.code, cents: e.amountCents.toString() })),
      seed: 'demo data',
    },
  });
}
