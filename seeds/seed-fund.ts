import { EntityManager } from 'typeorm';
import { storedMessage } from '../server/src/common/i18n/stored-text';
import { appendAuditEvent } from '../server/src/audit/audit-append';
import { DemoCommitteePlan, demoResult } from './demo-committees';
import { demoFundPlan } from './demo-fund';

/**
 * Writes the demo fund. Idempotent: rows with fixed ids, `ON CONFLICT DO NOTHING`; a ledger transaction's
 * entries (and its audit event, as LedgerService would write it) only when the transaction row was new,
 * so the append-only ledger is never written twice and every transaction balances at commit.
 */
export async function seedFund(
  manager: EntityManager,
  committees: Pick<DemoCommitteePlan, 'committees' | 'seats'>,
): Promise<void> {
  const plan = demoFundPlan(committees);
  const p = plan.partnershipId;
  await manager.query(
    `INSERT INTO fund_settings (partnership_id, minimum_contribution_cents) VALUES ($1, $2) ON CONFLICT (partnership_id) DO NOTHING`,
    [p, plan.minimumContributionCents.toString()],
  );
  for (const x of plan.purposes) {
    await manager.query(
      `INSERT INTO fund_purposes (id, partnership_id, key, label_de, label_en, position) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [x.id, p, x.key, x.labelDe, x.labelEn, x.position],
    );
  }
  // The votes first: allocations point at them.
  for (const v of plan.votes) {
    const result = demoResult(v);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO votes (id, partnership_id, committee_id, session_id, agenda_item_id, decision_id, title, description, procedure, status, rule, rule_name,
         entitled, attendance, opened_at, deadline, closed_at, close_reason, outcome, result, subject_type, subject_id)
       VALUES ($1, $2, $3, NULL, NULL, NULL, $4, $5, $6, $7, $8, $9, $10, NULL, $11, $12, $13, $14, $15, $16, 'FUND_ALLOCATION', $17) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        v.id,
        p,
        v.committeeId,
        v.title,
        v.description,
        v.procedure,
        v.status,
        JSON.stringify(v.rule),
        v.ruleName,
        JSON.stringify(v.entitled),
        v.openedAt,
        v.deadline,
        v.closedAt,
        v.closeReason,
        result.outcome,
        JSON.stringify(result),
        v.subjectId,
      ],
    );
    for (const b of v.ballots) {
      await manager.query(
        `INSERT INTO ballots (id, vote_id, membership_id, choice, cast_by_user_id, by_proxy, receipt, cast_at, audited) VALUES ($1, $2, $3, $4, NULL, $5, $6, $7, true) ON CONFLICT DO NOTHING`,
        [b.id, v.id, b.membershipId, b.choice, b.byProxy, b.receipt, b.castAt],
      );
    }
    // The vote's history as the portal writes it (ballots are marked audited), once: when the vote row was new.
    if (inserted.length === 0) continue;
    const base = { partnershipId: p, actorUserId: null, subjectType: 'Vote', subjectId: v.id };
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
  const accounts = new Map<string, string>();
  const accountId = async (e: (typeof plan.transactions)[number]['entries'][number]): Promise<string> => {
    const known = accounts.get(e.code);
    if (known) return known;
    // Other seeds (fees, agreements) may have opened the same account (BANK) already: found by its code.
    await manager.query(
      `INSERT INTO finance_accounts (partnership_id, code, kind, organisation_id, purpose_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (partnership_id, code) DO NOTHING`,
      [p, e.code, e.kind, e.organisationId, e.purposeId],
    );
    const [row] = await manager.query(`SELECT id FROM finance_accounts WHERE partnership_id = $1 AND code = $2`, [
      p,
      e.code,
    ]);
    accounts.set(e.code, row.id);
    return row.id;
  };
  const transactions = new Map(plan.transactions.map((t) => [t.id, t]));
  const book = async (transactionId: string) => {
    const t = transactions.get(transactionId)!;
    const description = storedMessage(t.description);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO ledger_transactions (id, partnership_id, kind, booked_on, description_key, description_params, counterparty_organisation_id, source_type, source_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        t.id,
        p,
        t.kind,
        t.bookedOn,
        description.key,
        JSON.stringify(description.params),
        t.counterpartyOrganisationId,
        t.sourceType,
        t.sourceId,
      ],
    );
    if (inserted.length === 0) return;
    for (const e of t.entries) {
      await manager.query(
        `INSERT INTO ledger_entries (transaction_id, partnership_id, account_id, amount_cents, currency, booked_on) VALUES ($1, $2, $3, $4, 'EUR', $5)`,
        [t.id, p, await accountId(e), e.amountCents.toString(), t.bookedOn],
      );
    }
    await appendAuditEvent(manager, {
      partnershipId: p,
      actorUserId: null,
      action: 'ledger.posted',
      subjectType: 'LedgerTransaction',
      subjectId: t.id,
      payload: {
        kind: t.kind,
        bookedOn: t.bookedOn,
        description,
        source: `${t.sourceType}:${t.sourceId}`,
        entries: t.entries.map((e) => ({ account: e.code, cents: e.amountCents.toString() })),
        seed: 'demo data',
      },
    });
  };
  for (const c of plan.contributions) {
    await book(c.transactionId);
    await manager.query(
      `INSERT INTO fund_contributions (id, partnership_id, organisation_id, purpose_id, year, amount_cents, received_on, transaction_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
      [c.id, p, c.organisationId, c.purposeId, c.year, c.amountCents.toString(), c.receivedOn, c.transactionId],
    );
  }
  for (const a of plan.allocations) {
    await book(a.transactionId);
    await manager.query(
      `INSERT INTO fund_allocations (id, partnership_id, purpose_id, title, description, amount_cents, status, vote_id, transaction_id, outcome, decided_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'APPROVED', $7, $8, 'ACCEPTED', $9, $10) ON CONFLICT (id) DO NOTHING`,
      [
        a.id,
        p,
        a.purposeId,
        a.title,
        a.description,
        a.amountCents.toString(),
        a.voteId,
        a.transactionId,
        a.decidedAt,
        plan.votes.find((v) => v.id === a.voteId)?.openedAt,
      ],
    );
  }
  for (const d of plan.disbursements) {
    await book(d.transactionId);
    await manager.query(
      `INSERT INTO fund_disbursements (id, partnership_id, allocation_id, provider_organisation_id, amount_cents, paid_on, transaction_id) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
      [d.id, p, d.allocationId, d.providerOrganisationId, d.amountCents.toString(), d.paidOn, d.transactionId],
    );
  }
}
