import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Permission, permissionsIn } from '../../common/auth/permissions';
import { Viewer } from '../../auth/viewer';
import { AppError } from '../../common/graphql/app-error';
import { counterpartyCount, netByPurposeSql, netBySourceAndEventSql, yearlySums } from '../ledger/ledger-reads';
import {
  TransparencyIncomeType,
  TransparencyPurposeType,
  TransparencyReportType,
  TransparencyRequestType,
} from './reports.types';
import { msg } from '../../common/i18n/messages';

/*
 * Sums per year, kind of the business event (a reversal counts as its original) and kind of account.
 * Income: fees are the INCOME credits of invoices and the BANK debits of payments; fund contributions the
 * FUND credits; agreements the PAYABLE credits of cost shares. Paid out: the BANK credits of disbursements
 * and provider payments. Only aggregates: no organisation or person is named.
 */
const PURPOSES_SQL = `
  SELECT p.id AS purpose_id, p.key, p.label_de, p.label_en, p.position,
         coalesce(-sum(m.cents) FILTER (WHERE m.event = 'FUND_CONTRIBUTION' AND m.account_kind = 'FUND'), 0)::text AS contributed,
         coalesce(-sum(m.cents) FILTER (WHERE m.event = 'FUND_ALLOCATION' AND m.account_kind = 'ALLOCATED'), 0)::text AS allocated,
         coalesce(sum(m.cents) FILTER (WHERE m.event = 'FUND_DISBURSEMENT' AND m.account_kind = 'ALLOCATED'), 0)::text AS disbursed
    FROM (SELECT id, key, label_de, label_en, position, archived_at FROM fund_purposes WHERE partnership_id = $1
          UNION ALL SELECT NULL, NULL, NULL, NULL, 0, NULL) p
    LEFT JOIN ${netByPurposeSql({ partnership: '$1', from: '$2', to: '$3', accountKinds: ['FUND', 'ALLOCATED'] })} m ON m.purpose_id IS NOT DISTINCT FROM p.id
   GROUP BY p.id, p.key, p.label_de, p.label_en, p.position, p.archived_at
  HAVING p.archived_at IS NULL OR count(m.event) > 0
   ORDER BY p.position, p.key`;

const REQUESTS_SQL = `
  WITH moves AS ${netBySourceAndEventSql({
    partnership: '$1',
    from: '$2',
    to: '$3',
    only: [
      ['COST_SHARE', 'PAYABLE'],
      ['FUND_ALLOCATION', 'ALLOCATED'],
      ['FUND_DISBURSEMENT', 'ALLOCATED'],
    ],
  })},
  tied AS (
    SELECT m.*, coalesce(ca.feature_request_id, fa.feature_request_id) AS request_id
      FROM moves m
      LEFT JOIN cost_agreements ca ON m.source_type = 'COST_AGREEMENT' AND ca.id = m.source_id AND ca.partnership_id = $1
      LEFT JOIN fund_allocations fa ON m.source_type = 'FUND_ALLOCATION' AND fa.id = m.source_id AND fa.partnership_id = $1)
  SELECT r.id AS request_id, r.number, r.title,
         coalesce(-sum(tied.cents) FILTER (WHERE event = 'COST_SHARE'), 0)::text AS agreement,
         coalesce(-sum(tied.cents) FILTER (WHERE event = 'FUND_ALLOCATION'), 0)::text AS allocated,
         coalesce(sum(tied.cents) FILTER (WHERE event = 'FUND_DISBURSEMENT'), 0)::text AS disbursed
    FROM tied LEFT JOIN feature_requests r ON r.id = tied.request_id AND r.partnership_id = $1
   GROUP BY r.id, r.number, r.title
   ORDER BY r.number NULLS LAST`;

interface IncomeRow {
  year: number;
  event: string;
  account_kind: string;
  cents: string;
}

@Injectable()
export class TransparencyService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Public when the partnership's transparency pages are; otherwise only for readers of the partnership.
   * Anyone else learns nothing, not even that the partnership exists (NOT_FOUND).
   */
  async report(viewer: Viewer | null, slug: string, year: number): Promise<TransparencyReportType> {
    const [partnership] = await this.dataSource.query(
      `SELECT id, slug, name, public_transparency FROM partnerships WHERE slug = $1`,
      [slug],
    );
    const readable =
      partnership &&
      (partnership.public_transparency || permissionsIn(viewer, partnership.id).has(Permission.PARTNERSHIP_READ));
    if (!readable) throw new AppError('NOT_FOUND', msg('report.noTransparencyReport', { slug }));
    const id: string = partnership.id;
    const range = [id, `${year}-01-01`, `${year}-12-31`];
    const [yearly, purposes, requests] = await Promise.all([
      yearlySums(this.dataSource, id),
      this.dataSource.query(PURPOSES_SQL, range) as Promise<
        {
          purpose_id: string | null;
          key: string | null;
          label_de: string | null;
          label_en: string | null;
          contributed: string;
          allocated: string;
          disbursed: string;
        }[]
      >,
      this.dataSource.query(REQUESTS_SQL, range) as Promise<
        {
          request_id: string | null;
          number: number | null;
          title: string | null;
          agreement: string;
          allocated: string;
          disbursed: string;
        }[]
      >,
    ]);
    const count = await counterpartyCount(this.dataSource, id, 'FUND_CONTRIBUTION', range[1], range[2]);
    const income = incomeByYear(
      yearly.map((r) => ({ year: r.year, event: r.event, account_kind: r.accountKind, cents: r.cents })),
    );
    const requestRows: TransparencyRequestType[] = requests
      .filter((r) => r.request_id)
      .map((r) => ({
        featureRequestId: r.request_id as string,
        number: r.number as number,
        title: r.title as string,
        agreementCents: r.agreement,
        allocatedCents: r.allocated,
        disbursedCents: r.disbursed,
      }));
    const untied = requests.find((r) => !r.request_id);
    return {
      partnershipId: id,
      slug: partnership.slug,
      name: partnership.name,
      year,
      years: income.map((i) => i.year),
      income,
      contributorCount: count,
      purposes: purposes
        .filter((p) => p.purpose_id || p.contributed !== '0')
        .map<TransparencyPurposeType>((p) => ({
          purposeId: p.purpose_id,
          key: p.key,
          labelDe: p.label_de,
          labelEn: p.label_en,
          contributedCents: p.contributed,
          allocatedCents: p.allocated,
          disbursedCents: p.disbursed,
        })),
      requests: requestRows,
      otherAgreementsCents: untied?.agreement ?? '0',
    };
  }
}

/** Each year's income and spending from the grouped sums (signs turned so that money in is positive). */
export function incomeByYear(rows: readonly IncomeRow[]): TransparencyIncomeType[] {
  const years = new Map<number, { fees: bigint; paid: bigint; fund: bigint; shares: bigint; out: bigint }>();
  for (const r of rows) {
    const y = years.get(r.year) ?? { fees: 0n, paid: 0n, fund: 0n, shares: 0n, out: 0n };
    const cents = BigInt(r.cents);
    if (r.event === 'FEE_INVOICE' && r.account_kind === 'INCOME') y.fees -= cents;
    if (r.event === 'PAYMENT' && r.account_kind === 'BANK') y.paid += cents;
    if (r.event === 'FUND_CONTRIBUTION' && r.account_kind === 'FUND') y.fund -= cents;
    if (r.event === 'COST_SHARE' && r.account_kind === 'PAYABLE') y.shares -= cents;
    if ((r.event === 'FUND_DISBURSEMENT' || r.event === 'PROVIDER_PAYMENT') && r.account_kind === 'BANK')
      y.out -= cents;
    years.set(r.year, y);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, y]) => ({
      year,
      feesInvoicedCents: y.fees.toString(),
      feesPaidCents: y.paid.toString(),
      fundContributionsCents: y.fund.toString(),
      costSharesCents: y.shares.toString(),
      paidOutCents: y.out.toString(),
    }));
}
