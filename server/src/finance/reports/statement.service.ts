import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/graphql/app-error';
import { msg, defaultMessageLanguage, MessageLanguage } from '../../common/i18n/messages';
import { renderStored } from '../../common/i18n/stored-text';
import { TransactionKind } from '../ledger/ledger';
import {
  activityYears,
  costSharesOfSql,
  fundContributionLines,
  LedgerLine,
  receivableBalanceBefore,
  receivableLines,
} from '../ledger/ledger-reads';
import { MemberStatementType, StatementCategory, StatementLineType, StatementSavingType } from './reports.types';

const categoryOf: Partial<Record<TransactionKind, StatementCategory>> = {
  FEE_INVOICE: StatementCategory.FEE,
  COST_SHARE: StatementCategory.COST_SHARE,
  PAYMENT: StatementCategory.PAYMENT,
  FUND_CONTRIBUTION: StatementCategory.FUND_CONTRIBUTION,
};

// Per agreement: the organisation's receivable debit is its share, the provider's payable credit the total;
// named by the agreement's title, else by its transactions' description.
const SAVINGS_SQL = `
  SELECT s.source_id AS agreement_id, coalesce(ca.title, s.description) AS title, s.share_cents::text AS share_cents, s.total_cents::text AS total_cents
    FROM ${costSharesOfSql({ partnership: '$1', organisation: '$2', from: '$3', to: '$4' })} s
    LEFT JOIN cost_agreements ca ON ca.id = s.source_id
   ORDER BY 2`;

/** Member statements: only sums over the ledger (each an index range scan over the organisation's rows) plus names, never a stored balance. */
@Injectable()
export class StatementService {
  constructor(private readonly dataSource: DataSource) {}

  async statement(
    partnershipId: string,
    organisationId: string,
    year: number,
    /** The booking texts' language; callers that only sum (charts) may leave it. */
    language: MessageLanguage = defaultMessageLanguage,
  ): Promise<MemberStatementType> {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const db = this.dataSource;
    // Independent reads on separate pooled connections: the statement costs the slowest, not the sum.
    const [organisation, openingCents, lines, contributions, savings, years] = await Promise.all([
      db.query(`SELECT name FROM organisations WHERE id = $1`, [organisationId]) as Promise<{ name: string }[]>,
      receivableBalanceBefore(db, partnershipId, organisationId, from),
      receivableLines(db, partnershipId, organisationId, from, to),
      fundContributionLines(db, partnershipId, organisationId, from, to),
      db.query(SAVINGS_SQL, [partnershipId, organisationId, from, to]) as Promise<
        { agreement_id: string; title: string; share_cents: string; total_cents: string }[]
      >,
      activityYears(db, partnershipId, organisationId),
    ]);
    if (!organisation[0]) throw new AppError('NOT_FOUND', msg('report.organisationNotFound', { id: organisationId }));

    const toLine = lineIn(language);
    const accountLines = lines.map(toLine);
    const totals = new Map<StatementCategory, bigint>();
    for (const line of accountLines)
      totals.set(line.category, (totals.get(line.category) ?? 0n) + BigInt(line.amountCents));
    const movement = accountLines.reduce((sum, line) => sum + BigInt(line.amountCents), 0n);
    const savingRows: StatementSavingType[] = savings.map((s) => ({
      agreementId: s.agreement_id,
      title: s.title,
      totalCents: s.total_cents,
      shareCents: s.share_cents,
      savedCents: (BigInt(s.total_cents) - BigInt(s.share_cents)).toString(),
    }));
    const contributionLines = contributions.map(toLine);
    return {
      partnershipId,
      organisationId,
      organisationName: organisation[0].name,
      year,
      openingBalanceCents: openingCents.toString(),
      feesCents: (totals.get(StatementCategory.FEE) ?? 0n).toString(),
      costSharesCents: (totals.get(StatementCategory.COST_SHARE) ?? 0n).toString(),
      paymentsCents: (-(totals.get(StatementCategory.PAYMENT) ?? 0n)).toString(),
      otherCents: (
        (totals.get(StatementCategory.OTHER) ?? 0n) + (totals.get(StatementCategory.FUND_CONTRIBUTION) ?? 0n)
      ).toString(),
      closingBalanceCents: (openingCents + movement).toString(),
      fundContributionsCents: contributionLines.reduce((sum, line) => sum + BigInt(line.amountCents), 0n).toString(),
      savedCents: savingRows.reduce((sum, s) => sum + BigInt(s.savedCents), 0n).toString(),
      lines: accountLines,
      contributions: contributionLines,
      savings: savingRows,
      years,
    };
  }
}

/** A ledger line as the statement shows it, its booking text in the reader's language. */
const lineIn = (language: MessageLanguage) =>
  function toLine(l: LedgerLine): StatementLineType {
    return {
      transactionId: l.transactionId,
      bookedOn: l.bookedOn,
      description: renderStored(l.description, { key: l.descriptionKey, params: l.descriptionParams }, language),
      kind: l.kind,
      category: categoryOf[l.originalKind] ?? StatementCategory.OTHER,
      amountCents: l.amountCents ?? '0',
    };
  };
