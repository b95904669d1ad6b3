import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, Page, toPage } from '../../common/graphql/pagination';
import { netBySourceSql } from '../ledger/ledger-reads';
import { FeeInvoicesArgs } from './dto/fee.inputs';
import { invoiceStatus } from './fees';
import { StoredExplanation } from './fees.entities';
import { FeeInvoiceType, FeeMemberBalance, InvoiceStatusEnum } from './fees.types';
import { explanationType } from './fee-runs.service';

/** The member's receivable, net per record of one source type; `ids` selects the records ($1 is the partnership). */
const receivableBy = (sourceType: 'FEE_INVOICE' | 'PAYMENT', ids: string) =>
  netBySourceSql({ partnership: '$1', sourceType, sourceIds: ids, accountKinds: ['RECEIVABLE'] });

/**
 * Invoice amounts and payments per invoice, summed from the ledger in one statement: the invoice's FEE_INVOICE
 * transaction and its reversal on the member's receivable, and the receivable entries of the PAYMENT
 * transactions of the payments recorded against it (and their reversals).
 */
const INVOICE_SUMS = `
  WITH invoices AS (
    SELECT i.* FROM fee_invoices i
     WHERE i.partnership_id = $1 AND ($2::int IS NULL OR i.year = $2) AND ($3::uuid IS NULL OR i.organisation_id = $3)
  ), invoiced AS (
    SELECT n.source_id AS invoice_id, n.receivable AS cents
      FROM ${receivableBy('FEE_INVOICE', 'SELECT id FROM invoices')} n
  ), paid AS (
    SELECT p.invoice_id, -sum(n.receivable) AS cents
      FROM ${receivableBy('PAYMENT', 'SELECT id FROM fee_payments WHERE partnership_id = $1 AND invoice_id IN (SELECT id FROM invoices)')} n
      JOIN fee_payments p ON p.id = n.source_id
     GROUP BY p.invoice_id
  ), summed AS (
    SELECT i.id, i.partnership_id, i.organisation_id, i.year, i.number, i.issued_on::text AS issued_on, i.due_on::text AS due_on,
           i.explanation, i.transaction_id, coalesce(v.cents, 0)::bigint AS invoiced, coalesce(p.cents, 0)::bigint AS paid
      FROM invoices i LEFT JOIN invoiced v ON v.invoice_id = i.id LEFT JOIN paid p ON p.invoice_id = i.id
  ), statused AS (
    SELECT s.*, CASE
        WHEN s.invoiced = 0 THEN 'CANCELLED'
        WHEN s.paid <= 0 THEN 'OPEN'
        WHEN s.paid < s.invoiced THEN 'PARTLY_PAID'
        WHEN s.paid = s.invoiced THEN 'PAID'
        ELSE 'OVERPAID' END AS status
      FROM summed s
  )`;

interface InvoiceRow {
  id: string;
  partnership_id: string;
  organisation_id: string;
  year: number;
  number: string;
  issued_on: string;
  due_on: string;
  explanation: StoredExplanation;
  transaction_id: string;
  invoiced: string;
  paid: string;
}

@Injectable()
export class FeeQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Keyset-paginated by invoice number (which orders by year, then sequence). */
  async invoices(partnershipId: string, args: FeeInvoicesArgs): Promise<Page<FeeInvoiceType>> {
    const after = args.after ? decodeCursor(args.after)[0] : null;
    const params = [partnershipId, args.year ?? null, args.organisationId ?? null, args.status ?? null];
    const rows: InvoiceRow[] = await this.dataSource.query(
      `${INVOICE_SUMS}
       SELECT * FROM statused WHERE ($4::text IS NULL OR status = $4) AND ($5::text IS NULL OR number > $5)
        ORDER BY number LIMIT $6`,
      [...params, after, args.first + 1],
    );
    const [{ count }] = await this.dataSource.query(
      `${INVOICE_SUMS} SELECT count(*)::int AS count FROM statused WHERE ($4::text IS NULL OR status = $4)`,
      params,
    );
    return toPage(rows.map(toInvoice), args.first, count, (i) => i.number);
  }

  async invoice(partnershipId: string, id: string): Promise<FeeInvoiceType | null> {
    const rows: InvoiceRow[] = await this.dataSource.query(`${INVOICE_SUMS} SELECT * FROM statused WHERE id = $4`, [
      partnershipId,
      null,
      null,
      id,
    ]);
    return rows[0] ? toInvoice(rows[0]) : null;
  }

  /**
   * Per member: fees invoiced net of reversals, fee payments (against invoices or the account) net of
   * reversals, and what is left. One statement over the ledger for all members.
   */
  async memberBalances(partnershipId: string, year: number | null): Promise<FeeMemberBalance[]> {
    const rows: { organisation_id: string; invoiced: string; paid: string }[] = await this.dataSource.query(
      `WITH invoiced AS (
         SELECT i.organisation_id, sum(n.receivable) AS cents
           FROM ${receivableBy('FEE_INVOICE', 'SELECT id FROM fee_invoices WHERE partnership_id = $1 AND ($2::int IS NULL OR year = $2)')} n
           JOIN fee_invoices i ON i.id = n.source_id
          GROUP BY i.organisation_id
       ), paid AS (
         SELECT p.organisation_id, -sum(n.receivable) AS cents
           FROM ${receivableBy(
             'PAYMENT',
             `SELECT p.id FROM fee_payments p LEFT JOIN fee_invoices i ON i.id = p.invoice_id
               WHERE p.partnership_id = $1 AND ($2::int IS NULL OR i.year = $2 OR (i.id IS NULL AND extract(year FROM p.received_on) = $2))`,
           )} n
           JOIN fee_payments p ON p.id = n.source_id
          GROUP BY p.organisation_id
       )
       SELECT coalesce(v.organisation_id, p.organisation_id) AS organisation_id,
              coalesce(v.cents, 0)::text AS invoiced, coalesce(p.cents, 0)::text AS paid
         FROM invoiced v FULL JOIN paid p ON p.organisation_id = v.organisation_id`,
      [partnershipId, year],
    );
    // Open invoices per member from the per-invoice sums (same rules as the invoice list).
    const open: { organisation_id: string; n: number }[] = await this.dataSource.query(
      `${INVOICE_SUMS} SELECT organisation_id, count(*)::int AS n FROM statused WHERE status IN ('OPEN', 'PARTLY_PAID') GROUP BY organisation_id`,
      [partnershipId, year, null],
    );
    const openBy = new Map(open.map((o) => [o.organisation_id, o.n]));
    const names: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])`,
      [rows.map((r) => r.organisation_id)],
    );
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    return rows
      .map((r) => ({
        partnershipId,
        organisationId: r.organisation_id,
        invoicedCents: r.invoiced,
        paidCents: r.paid,
        outstandingCents: (BigInt(r.invoiced) - BigInt(r.paid)).toString(),
        openInvoices: openBy.get(r.organisation_id) ?? 0,
      }))
      .sort((a, b) => (nameOf.get(a.organisationId) ?? '').localeCompare(nameOf.get(b.organisationId) ?? '', 'de'));
  }
}

function toInvoice(row: InvoiceRow): FeeInvoiceType {
  const invoiced = BigInt(row.invoiced);
  const paid = BigInt(row.paid);
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    organisationId: row.organisation_id,
    year: row.year,
    number: row.number,
    issuedOn: row.issued_on,
    dueOn: row.due_on,
    amountCents: invoiced.toString(),
    paidCents: paid.toString(),
    outstandingCents: (invoiced - paid).toString(),
    status: invoiceStatus(invoiced, paid) as InvoiceStatusEnum,
    explanation: explanationType(row.explanation),
    transactionId: row.transaction_id,
  };
}
