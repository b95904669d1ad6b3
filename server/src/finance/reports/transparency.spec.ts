import { incomeByYear } from './transparency.service';

describe('incomeByYear', () => {
  it('turns the grouped ledger sums into money in (positive), newest year first, counting only the matching account side', () => {
    const rows = [
      { year: 2026, event: 'FEE_INVOICE', account_kind: 'INCOME', cents: '-300000' },
      { year: 2026, event: 'FEE_INVOICE', account_kind: 'RECEIVABLE', cents: '300000' },
      { year: 2026, event: 'PAYMENT', account_kind: 'BANK', cents: '250000' },
      { year: 2026, event: 'FUND_CONTRIBUTION', account_kind: 'FUND', cents: '-100000' },
      { year: 2026, event: 'COST_SHARE', account_kind: 'PAYABLE', cents: '-500000' },
      { year: 2026, event: 'FUND_DISBURSEMENT', account_kind: 'BANK', cents: '-20000' },
      { year: 2026, event: 'PROVIDER_PAYMENT', account_kind: 'BANK', cents: '-500000' },
      { year: 2027, event: 'PAYMENT', account_kind: 'BANK', cents: '-1000' },
    ];
    expect(incomeByYear(rows)).toEqual([
      {
        year: 2027,
        feesInvoicedCents: '0',
        feesPaidCents: '-1000',
        fundContributionsCents: '0',
        costSharesCents: '0',
        paidOutCents: '0',
      },
      {
        year: 2026,
        feesInvoicedCents: '300000',
        feesPaidCents: '250000',
        fundContributionsCents: '100000',
        costSharesCents: '500000',
        paidOutCents: '520000',
      },
    ]);
  });

  it('is empty without movements', () => expect(incomeByYear([])).toEqual([]));
});
