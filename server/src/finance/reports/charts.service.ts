import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activityYears, fundYearlyByPurpose, yearlySums } from '../ledger/ledger-reads';
import { FeeIncomeYearType, FundHistoryYearType, MemberFinanceYearType } from './charts.types';
import { fundHistory } from './fund-history';
import { StatementService } from './statement.service';
import { incomeByYear } from './transparency.service';

/** The series behind the treasury's charts: sums over the ledger per year, never a stored figure. */
@Injectable()
export class ChartsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statements: StatementService,
  ) {}

  /** The development fund per year and pool: contributions, allocations, disbursements and the balance at year end. */
  async fundHistory(partnershipId: string): Promise<FundHistoryYearType[]> {
    const [movements, purposes] = await Promise.all([
      fundYearlyByPurpose(this.dataSource, partnershipId),
      this.dataSource.query(
        `SELECT id, key, label_de, label_en FROM fund_purposes WHERE partnership_id = $1 ORDER BY position, key`,
        [partnershipId],
      ) as Promise<{ id: string; key: string; label_de: string; label_en: string }[]>,
    ]);
    const byId = new Map(purposes.map((p) => [p.id, p]));
    const years = fundHistory(
      movements.map((m) => ({ ...m, cents: BigInt(m.cents) })),
      [null, ...purposes.map((p) => p.id)],
    );
    return years.map((y) => ({
      year: y.year,
      contributedCents: y.contributed.toString(),
      allocatedCents: y.allocated.toString(),
      disbursedCents: y.disbursed.toString(),
      balanceCents: y.balance.toString(),
      purposes: y.pools.map((p) => {
        const purpose = p.purposeId ? byId.get(p.purposeId) : undefined;
        return {
          purposeId: p.purposeId,
          key: purpose?.key ?? null,
          labelDe: purpose?.label_de ?? null,
          labelEn: purpose?.label_en ?? null,
          contributedCents: p.contributed.toString(),
          allocatedCents: p.allocated.toString(),
          disbursedCents: p.disbursed.toString(),
          balanceCents: p.balance.toString(),
        };
      }),
    }));
  }

  /** Fees invoiced and payments received per year, oldest first (the transparency report's figures). */
  async feeIncome(partnershipId: string): Promise<FeeIncomeYearType[]> {
    const rows = await yearlySums(this.dataSource, partnershipId);
    return incomeByYear(
      rows.map((r) => ({ year: r.year, event: r.event, account_kind: r.accountKind, cents: r.cents })),
    )
      .filter((y) => y.feesInvoicedCents !== '0' || y.feesPaidCents !== '0')
      .map((y) => ({ year: y.year, invoicedCents: y.feesInvoicedCents, paidCents: y.feesPaidCents }))
      .reverse();
  }

  /**
   * An organisation's years, oldest first, each as its statement for that year sums it (so the chart and the
   * statement never disagree); savings are the statement's: agreements' totals minus the organisation's shares.
   */
  async memberHistory(partnershipId: string, organisationId: string): Promise<MemberFinanceYearType[]> {
    const years = (await activityYears(this.dataSource, partnershipId, organisationId)).reverse();
    const statements = [];
    // One year after the other: each statement already reads on several pooled connections at once.
    for (const year of years) statements.push(await this.statements.statement(partnershipId, organisationId, year));
    return statements.map((s) => ({
      year: s.year,
      feesCents: s.feesCents,
      costSharesCents: s.costSharesCents,
      paymentsCents: s.paymentsCents,
      fundContributionsCents: s.fundContributionsCents,
      savedCents: s.savedCents,
    }));
  }
}
