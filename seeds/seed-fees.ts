import { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../server/src/audit/audit-append';
import { MessageRef, msg } from '../server/src/common/i18n/messages';
import { storedMessage } from '../server/src/common/i18n/stored-text';
import { accountCode, feeInvoicePosting, paymentPosting, Posting } from '../server/src/finance/ledger/ledger';
import { demoFeePlan } from './demo-fees';

/**
 * Writes the demo fee schedules, the 2026 fee run and its payments inside the seed's transaction. A schedule is
 * written only where none exists (a treasurer's own schedule is kept); each ledger transaction is inserted with its
 * fixed id and only when that is new are its entries, its record and its audit event written, so a second run
 * adds nothing. The entries balance per transaction, as the ledger's commit trigger checks.
 */
export async function seedFees(manager: EntityManager): Promise<void> {
  const plan = demoFeePlan();
  for (const s of plan.schedules) {
    const inserted = await manager.query(
      `INSERT INTO fee_schedules (partnership_id, base_year, indexation_basis_points, indexation_start_year, rounding, pro_rata, due_days)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (partnership_id) DO NOTHING RETURNING partnership_id`,
      [s.partnershipId, s.baseYear, s.indexationBasisPoints, s.indexationStartYear, s.rounding, s.proRata, s.dueDays],
    );
    if (inserted.length === 0) continue;
    for (const t of s.tiers) {
      await manager.query(
        `INSERT INTO fee_tiers (id, partnership_id, position, label, kinds, min_population, max_population, amount_cents) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
        [
          t.id,
          s.partnershipId,
          t.position,
          t.label,
          t.kinds,
          t.minPopulation,
          t.maxPopulation,
          t.amountCents.toString(),
        ],
      );
    }
  }

  for (const invoice of plan.invoices) {
    // A fee run in the portal may already have invoiced this member for the year: that invoice stands.
    const [taken] = await manager.query(
      `SELECT id FROM fee_invoices WHERE partnership_id = $1 AND organisation_id = $2 AND year = $3`,
      [invoice.partnershipId, invoice.organisationId, invoice.year],
    );
    if (taken && taken.id !== invoice.id) continue;
    const written = await post(manager, {
      id: invoice.transactionId,
      partnershipId: invoice.partnershipId,
      kind: 'FEE_INVOICE',
      bookedOn: invoice.issuedOn,
      description: msg('records.ledger.feeInvoice', {
        year: invoice.year,
        number: invoice.number,
        member: invoice.organisationName,
      }),
      counterpartyOrganisationId: invoice.organisationId,
      source: { type: 'FEE_INVOICE', id: invoice.id },
      actorUserId: invoice.createdByUserId,
      postings: feeInvoicePosting(invoice.organisationId, invoice.amountCents),
    });
    if (!written) continue;
    await manager.query(
      `INSERT INTO fee_invoices (id, partnership_id, organisation_id, year, number, amount_cents, issued_on, due_on, explanation, transaction_id, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        invoice.id,
        invoice.partnershipId,
        invoice.organisationId,
        invoice.year,
        invoice.number,
        invoice.amountCents.toString(),
        invoice.issuedOn,
        invoice.dueOn,
        JSON.stringify(invoice.explanation),
        invoice.transactionId,
        invoice.createdByUserId,
      ],
    );
  }

  for (const payment of plan.payments) {
    const [invoice] = await manager.query(`SELECT id FROM fee_invoices WHERE id = $1`, [payment.invoiceId]);
    if (!invoice) continue;
    const written = await post(manager, {
      id: payment.transactionId,
      partnershipId: payment.partnershipId,
      kind: 'PAYMENT',
      bookedOn: payment.receivedOn,
      description: payment.invoiceNumber
        ? msg('records.ledger.feePaymentOnInvoice', { member: payment.organisationName, number: payment.invoiceNumber })
        : msg('records.ledger.feePaymentOnAccount', { member: payment.organisationName }),
      counterpartyOrganisationId: payment.organisationId,
      source: { type: 'PAYMENT', id: payment.id },
      actorUserId: payment.createdByUserId,
      postings: paymentPosting(payment.organisationId, payment.amountCents),
    });
    if (!written) continue;
    await manager.query(
      `INSERT INTO fee_payments (id, partnership_id, organisation_id, invoice_id, amount_cents, received_on, note, transaction_id, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        payment.id,
        payment.partnershipId,
        payment.organisationId,
        payment.invoiceId,
        payment.amountCents.toString(),
        payment.receivedOn,
        payment.note,
        payment.transactionId,
        payment.createdByUserId,
      ],
    );
  }
}

interface SeedPosting {
  id: string;
  partnershipId: string;
  kind: 'FEE_INVOICE' | 'PAYMENT';
  bookedOn: string;
  description: MessageRef;
  counterpartyOrganisationId: string;
  source: { type: string; id: string };
  actorUserId: string | null;
  postings: Posting[];
}

/** The ledger service's write, by hand: seeds run without the Nest app. False when the transaction already exists. */
async function post(manager: EntityManager, p: SeedPosting): Promise<boolean> {
  const description = storedMessage(p.description);
  const inserted = await manager.query(
    `INSERT INTO ledger_transactions (id, partnership_id, kind, booked_on, description_key, description_params, counterparty_organisation_id, source_type, source_id, created_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      p.id,
      p.partnershipId,
      p.kind,
      p.bookedOn,
      description.key,
      JSON.stringify(description.params),
      p.counterpartyOrganisationId,
      p.source.type,
      p.source.id,
      p.actorUserId,
    ],
  );
  if (inserted.length === 0) return false;
  for (const posting of p.postings) {
    const code = accountCode(posting.account);
    const organisationId =
      posting.account.kind === 'RECEIVABLE' || posting.account.kind === 'PAYABLE'
        ? posting.account.organisationId
        : null;
    await manager.query(
      `INSERT INTO finance_accounts (partnership_id, code, kind, organisation_id, currency) VALUES ($1, $2, $3, $4, 'EUR') ON CONFLICT (partnership_id, code) DO NOTHING`,
      [p.partnershipId, code, posting.account.kind, organisationId],
    );
    await manager.query(
      `INSERT INTO ledger_entries (transaction_id, partnership_id, account_id, amount_cents, currency, booked_on)
       SELECT $1, $2, id, $4, 'EUR', $5 FROM finance_accounts WHERE partnership_id = $2 AND code = $3`,
      [p.id, p.partnershipId, code, posting.amountCents.toString(), p.bookedOn],
    );
  }
  await appendAuditEvent(manager, {
    partnershipId: p.partnershipId,
    actorUserId: p.actorUserId,
    action: 'ledger.posted',
    subjectType: 'LedgerTransaction',
    subjectId: p.id,
    payload: {
      kind: p.kind,
      bookedOn: p.bookedOn,
      description,
      source: `${p.source.type}:${p.source.id}`,
      entries: p.postings.map((x) => ({ account: accountCode(x.account), cents: x.amountCents.toString() })),
      origin: 'demo data',
    },
  });
  return true;
}
