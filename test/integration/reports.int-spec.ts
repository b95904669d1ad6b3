import ExcelJS from 'exceljs';
import request from 'supertest';
import {
  allocationPosting,
  contributionPosting,
  costSharePosting,
  disbursementPosting,
  feeInvoicePosting,
  paymentPosting,
} from '../../server/src/finance/ledger/ledger';
import { LedgerService, PostInput } from '../../server/src/finance/ledger/ledger.service';
import { addMember, createOrganisation, createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const STATEMENT = `query($partnershipId: ID!, $organisationId: ID!, $year: Int!) {
  memberStatement(partnershipId: $partnershipId, organisationId: $organisationId, year: $year) {
    organisationName year openingBalanceCents feesCents costSharesCents paymentsCents otherCents closingBalanceCents fundContributionsCents savedCents years
    lines { bookedOn description kind category amountCents }
    contributions { bookedOn amountCents }
    savings { agreementId title totalCents shareCents savedCents }
  } }`;
const TRANSPARENCY = `query($slug: String!, $year: Int!) { transparencyReport(slug: $slug, year: $year) {
  name year years contributorCount otherAgreementsCents
  income { year feesInvoicedCents feesPaidCents fundContributionsCents costSharesCents paidOutCents }
  purposes { purposeId key labelDe contributedCents allocatedCents disbursedCents }
  requests { number title agreementCents allocatedCents disbursedCents }
} }`;

interface Statement {
  organisationName: string;
  openingBalanceCents: string;
  feesCents: string;
  costSharesCents: string;
  paymentsCents: string;
  otherCents: string;
  closingBalanceCents: string;
  fundContributionsCents: string;
  savedCents: string;
  years: number[];
  lines: { bookedOn: string; description: string; kind: string; category: string; amountCents: string }[];
  contributions: { bookedOn: string; amountCents: string }[];
  savings: { agreementId: string; title: string; totalCents: string; shareCents: string; savedCents: string }[];
}

let t: TestApp;
let ledger: LedgerService;
let partnershipId: string;
let slug: string;
let a: { id: string; name: string };
let b: { id: string; name: string };
let provider: { id: string; name: string };
let treasurer: string;
let representativeA: string;
let observer: string;
let otherTreasurer: string;
let agreementId: string;
let purposeId: string;

async function post(input: Omit<PostInput, 'partnershipId' | 'actorUserId'>): Promise<string> {
  return (
    await t.dataSource.transaction((manager) => ledger.post(manager, { partnershipId, actorUserId: null, ...input }))
  ).id;
}

function download(path: string, cookie: string | null) {
  const call = request(t.app.getHttpServer())
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return cookie ? call.set('cookie', cookie) : call;
}

beforeAll(async () => {
  t = await createTestApp();
  ledger = t.app.get(LedgerService);
  const partnership = await createPartnership(t, { slug: 'bericht-verbund', publicTransparency: false });
  partnershipId = partnership.id;
  slug = partnership.slug;
  a = await createOrganisation(t, { name: 'Stadt Auszugheim' });
  b = await createOrganisation(t, { name: 'Gemeinde Beiwald' });
  provider = await createOrganisation(t, { name: 'Code & Karte GmbH', kind: 'IT_SERVICE_PROVIDER' });
  const donor = await createOrganisation(t, { name: 'Förderverein Geheim' });
  await addMember(t, partnershipId, a.id);
  await addMember(t, partnershipId, b.id);
  treasurer = await t.createUser('kasse@bericht.example', { roles: [{ partnershipId, role: 'TREASURER' }] });
  representativeA = await t.createUser('vertretung@bericht.example', {
    roles: [{ partnershipId, role: 'REPRESENTATIVE', organisationId: a.id }],
  });
  observer = await t.createUser('blick@bericht.example', { roles: [{ partnershipId, role: 'OBSERVER' }] });
  const other = await createPartnership(t, { slug: 'fremd-verbund' });
  otherTreasurer = await t.createUser('kasse@fremd.example', {
    roles: [{ partnershipId: other.id, role: 'TREASURER' }],
  });

  const requestBody = await t.gql<{ submitFeatureRequest: { id: string } }>(
    `mutation($input: SubmitFeatureRequestInput!) { submitFeatureRequest(input: $input) { id } }`,
    {
      input: { partnershipId, title: 'Messwerkzeug für Flächen', kind: 'FEATURE', fundingRoute: 'SUBGROUP' },
    },
  );
  const requestId = requestBody.data!.submitFeatureRequest.id;
  [{ id: purposeId }] = await t.dataSource.query(
    `INSERT INTO fund_purposes (partnership_id, key, label_de, label_en, position) VALUES ($1, 'documentation', 'Dokumentation', 'Documentation', 1) RETURNING id`,
    [partnershipId],
  );
  [{ id: agreementId }] = await t.dataSource.query(
    `INSERT INTO cost_agreements (partnership_id, feature_request_id, title, total_cents, status, provider_organisation_id) VALUES ($1, $2, 'Messwerkzeug: Kostenteilung', 500000, 'FINANCED', $3) RETURNING id`,
    [partnershipId, requestId, provider.id],
  );
  const [{ id: allocationId }] = await t.dataSource.query(
    `INSERT INTO fund_allocations (partnership_id, purpose_id, feature_request_id, title, amount_cents, status) VALUES ($1, $2, $3, 'Handbuch zum Messwerkzeug', 80000, 'PROPOSED') RETURNING id`,
    [partnershipId, purposeId, requestId],
  );

  // 2026: an invoice partly paid, so 2027 opens with 300 € owed.
  await post({
    kind: 'FEE_INVOICE',
    bookedOn: '2026-01-15',
    description: 'Beitrag 2026',
    postings: feeInvoicePosting(a.id, 100000n),
    counterpartyOrganisationId: a.id,
  });
  await post({
    kind: 'PAYMENT',
    bookedOn: '2026-03-01',
    description: 'Zahlung Beitrag 2026',
    postings: paymentPosting(a.id, 70000n),
    counterpartyOrganisationId: a.id,
  });
  // 2027: fee, cost share (A 2.000 €, B 3.000 € of 5.000 €), a payment and its mistaken double, reversed.
  await post({
    kind: 'FEE_INVOICE',
    bookedOn: '2027-01-15',
    description: 'Beitrag 2027',
    postings: feeInvoicePosting(a.id, 103000n),
    counterpartyOrganisationId: a.id,
  });
  await post({
    kind: 'FEE_INVOICE',
    bookedOn: '2027-01-15',
    description: 'Beitrag 2027',
    postings: feeInvoicePosting(b.id, 50000n),
    counterpartyOrganisationId: b.id,
  });
  await post({
    kind: 'COST_SHARE',
    bookedOn: '2027-04-01',
    description: 'Kostenteilung Messwerkzeug',
    postings: costSharePosting(provider.id, [
      { organisationId: a.id, amountCents: 200000n },
      { organisationId: b.id, amountCents: 300000n },
    ]),
    source: { type: 'COST_AGREEMENT', id: agreementId },
  });
  await post({
    kind: 'PAYMENT',
    bookedOn: '2027-05-01',
    description: 'Zahlung',
    postings: paymentPosting(a.id, 150000n),
    counterpartyOrganisationId: a.id,
  });
  const double = await post({
    kind: 'PAYMENT',
    bookedOn: '2027-05-01',
    description: 'Zahlung doppelt erfasst',
    postings: paymentPosting(a.id, 150000n),
    counterpartyOrganisationId: a.id,
  });
  await t.dataSource.transaction((manager) =>
    ledger.reverse(manager, {
      partnershipId,
      transactionId: double,
      reason: 'Doppelt erfasst',
      bookedOn: '2027-05-02',
      actorUserId: null,
    }),
  );
  await post({
    kind: 'FUND_CONTRIBUTION',
    bookedOn: '2027-06-01',
    description: 'Fondsbeitrag 2027',
    postings: contributionPosting(purposeId, 150000n),
    counterpartyOrganisationId: a.id,
    source: { type: 'FUND_CONTRIBUTION', id: a.id },
  });
  await post({
    kind: 'FUND_CONTRIBUTION',
    bookedOn: '2027-06-02',
    description: 'Spende',
    postings: contributionPosting(null, 100000n),
    counterpartyOrganisationId: donor.id,
    source: { type: 'FUND_CONTRIBUTION', id: donor.id },
  });
  const allocationTransaction = await post({
    kind: 'FUND_ALLOCATION',
    bookedOn: '2027-07-01',
    description: 'Bewilligung Handbuch',
    postings: allocationPosting(purposeId, [{ purposeId, amountCents: 80000n }]),
    source: { type: 'FUND_ALLOCATION', id: allocationId },
  });
  await t.dataSource.query(
    `UPDATE fund_allocations SET status = 'APPROVED', transaction_id = $2, decided_at = now() WHERE id = $1`,
    [allocationId, allocationTransaction],
  );
  await post({
    kind: 'FUND_DISBURSEMENT',
    bookedOn: '2027-08-01',
    description: 'Auszahlung Handbuch',
    postings: disbursementPosting(purposeId, 30000n),
    counterpartyOrganisationId: provider.id,
    source: { type: 'FUND_ALLOCATION', id: allocationId },
  });
});
afterAll(() => t.close());

describe('member statement', () => {
  it('equals the sum of its lines, and the closing balance is the opening plus the lines', async () => {
    const { memberStatement: s } = await t.ok<{ memberStatement: Statement }>(treasurer, STATEMENT, {
      partnershipId,
      organisationId: a.id,
      year: 2027,
    });
    expect(s.organisationName).toBe('Stadt Auszugheim');
    expect(s.openingBalanceCents).toBe('30000');
    expect(s.lines.map((l) => [l.bookedOn, l.category, l.amountCents])).toEqual([
      ['2027-01-15', 'FEE', '103000'],
      ['2027-04-01', 'COST_SHARE', '200000'],
      ['2027-05-01', 'PAYMENT', '-150000'],
      ['2027-05-01', 'PAYMENT', '-150000'],
      ['2027-05-02', 'PAYMENT', '150000'],
    ]);
    const sum = s.lines.reduce((total, l) => total + BigInt(l.amountCents), 0n);
    expect(BigInt(s.closingBalanceCents)).toBe(BigInt(s.openingBalanceCents) + sum);
    expect(BigInt(s.feesCents) + BigInt(s.costSharesCents) - BigInt(s.paymentsCents) + BigInt(s.otherCents)).toBe(sum);
    expect(s).toMatchObject({
      feesCents: '103000',
      costSharesCents: '200000',
      paymentsCents: '150000',
      closingBalanceCents: '183000',
      fundContributionsCents: '150000',
    });
    expect(s.contributions).toEqual([{ bookedOn: '2027-06-01', amountCents: '150000' }]);
    expect(s.savings).toEqual([
      {
        agreementId,
        title: 'Messwerkzeug: Kostenteilung',
        totalCents: '500000',
        shareCents: '200000',
        savedCents: '300000',
      },
    ]);
    expect(s.savedCents).toBe('300000');
    expect(s.years).toEqual([2027, 2026]);
    // The account as the view keeps it: the closing balance of the last year is the receivable's balance.
    const [{ balance_cents }] = await t.dataSource.query(
      `SELECT balance_cents::text FROM ledger_account_balances WHERE partnership_id = $1 AND code = $2`,
      [partnershipId, `RECEIVABLE:${a.id}`],
    );
    expect(balance_cents).toBe(s.closingBalanceCents);
  });

  it('shows a representative its own organisation’s statement and refuses another member’s', async () => {
    const own = await t.ok<{ memberStatement: Statement }>(representativeA, STATEMENT, {
      partnershipId,
      organisationId: a.id,
      year: 2027,
    });
    expect(own.memberStatement.closingBalanceCents).toBe('183000');
    for (const [cookie, organisationId] of [
      [representativeA, b.id],
      [observer, a.id],
    ] as const) {
      const body = await t.gqlAs(cookie, STATEMENT, { partnershipId, organisationId, year: 2027 });
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(body.errors?.[0].extensions?.messageKey).toBe('report.statementForbidden');
      expect(body.errors?.[0].message).toBe(
        'Diesen Kontoauszug dürfen Sie nur mit der Berechtigung FINANCE_READ in dieser Partnerschaft lesen, oder als Vertretung dieser Organisation',
      );
      expect(JSON.stringify(body)).not.toContain('Beiwald');
    }
  });

  it('is closed to another partnership’s treasurer', async () => {
    const body = await t.gqlAs(otherTreasurer, STATEMENT, { partnershipId, organisationId: a.id, year: 2027 });
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('says what a year must be', async () => {
    const body = await t.gqlAs(treasurer, STATEMENT, { partnershipId, organisationId: a.id, year: 20270 });
    expect(body.errors?.[0].message).toBe('year muss zwischen 1900 und 2200 liegen, angegeben: 20270');
  });
});

describe('transparency report', () => {
  it('is hidden from the public until the partnership makes it public; its readers always see it', async () => {
    for (const cookie of [null, otherTreasurer]) {
      const body = await t.gqlAs(cookie, TRANSPARENCY, { slug, year: 2027 });
      expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(body.data).toBeNull();
    }
    const member = await t.ok<{ transparencyReport: { year: number } }>(observer, TRANSPARENCY, { slug, year: 2027 });
    expect(member.transparencyReport.year).toBe(2027);
  });

  it('shows income and where the money went, without naming any organisation or person', async () => {
    await t.dataSource.query(`UPDATE partnerships SET public_transparency = true WHERE id = $1`, [partnershipId]);
    const body = await t.gqlAs<{
      transparencyReport: Record<string, unknown> & {
        income: Record<string, unknown>[];
        purposes: Record<string, unknown>[];
        requests: Record<string, unknown>[];
      };
    }>(null, TRANSPARENCY, { slug, year: 2027 });
    const report = body.data!.transparencyReport;
    expect(report.years).toEqual([2027, 2026]);
    expect(report.income[0]).toEqual({
      year: 2027,
      feesInvoicedCents: '153000',
      feesPaidCents: '150000',
      fundContributionsCents: '250000',
      costSharesCents: '500000',
      paidOutCents: '30000',
    });
    expect(report.contributorCount).toBe(2);
    expect(report.purposes).toEqual([
      {
        purposeId: null,
        key: null,
        labelDe: null,
        contributedCents: '100000',
        allocatedCents: '0',
        disbursedCents: '0',
      },
      {
        purposeId,
        key: 'documentation',
        labelDe: 'Dokumentation',
        contributedCents: '150000',
        allocatedCents: '80000',
        disbursedCents: '30000',
      },
    ]);
    expect(report.requests).toEqual([
      {
        number: 1,
        title: 'Messwerkzeug für Flächen',
        agreementCents: '500000',
        allocatedCents: '80000',
        disbursedCents: '30000',
      },
    ]);
    const text = JSON.stringify(body);
    for (const name of ['Auszugheim', 'Beiwald', 'Code & Karte', 'Förderverein', 'kasse@', 'vertretung@'])
      expect(text).not.toContain(name);
  });
});

describe('exports', () => {
  it('writes the ledger as CSV with a BOM, semicolons, German amounts and dates, as an attachment', async () => {
    const response = await download(`/exports/${slug}/ledger.csv?year=2027`, treasurer);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${slug}-ledger-2027.csv"`);
    const csv = (response.body as Buffer).toString('utf8');
    expect(
      csv.startsWith('\ufeffDatum;Buchung;Art;Beschreibung;Konto;Organisation / Zweck;Soll (EUR);Haben (EUR)\r\n'),
    ).toBe(true);
    expect(csv).toMatch(
      /\r\n15\.01\.2027;[0-9a-f-]{36};Beitragsrechnung;Beitrag 2027;Forderung;Stadt Auszugheim;1\.030,00;\r\n/,
    );
    expect(csv).toMatch(/\r\n15\.01\.2027;[0-9a-f-]{36};Beitragsrechnung;Beitrag 2027;Ertrag;;;1\.030,00\r\n/);
    expect(csv).not.toContain('2026');
  });

  it('writes a representative’s own statement, with the saving, as CSV and as a valid XLSX with real numbers and dates', async () => {
    const csv = await download(`/exports/${slug}/statement.csv?year=2027&organisationId=${a.id}`, representativeA);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="${slug}-statement-2027-stadt-auszugheim.csv"`,
    );
    const text = (csv.body as Buffer).toString('utf8');
    expect(text).toContain('\r\n01.01.2027;Anfangssaldo;');
    expect(text).toContain(';300,00\r\n');
    expect(text).toContain('\r\n31.12.2027;Endsaldo;Anfangssaldo plus Buchungen des Jahres;1.830,00\r\n');
    expect(text).toContain(
      ';Ersparnis;Messwerkzeug: Kostenteilung: Gesamt 5.000,00 EUR minus eigener Anteil 2.000,00 EUR;3.000,00\r\n',
    );

    const xlsx = await download(`/exports/${slug}/statement.xlsx?year=2027&organisationId=${a.id}`, representativeA);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as Buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'Datum', 'Bereich', 'Beschreibung', 'Betrag (EUR)']);
    const closing = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(2).value === 'Endsaldo')!;
    expect(closing.getCell(4).value).toBe(1830);
    expect(closing.getCell(4).numFmt).toContain('€');
    expect(closing.getCell(1).value).toEqual(new Date(Date.UTC(2027, 11, 31)));
    expect(closing.getCell(1).numFmt).toBe('dd.mm.yyyy');
  });

  it('exports agreements and invoices for the treasury', async () => {
    await t.dataSource.query(
      `INSERT INTO fee_invoices (partnership_id, organisation_id, year, number, amount_cents, issued_on, due_on, explanation, transaction_id)
       SELECT $1, $2, 2027, '2027-0001', 103000, '2027-01-15', '2027-02-15', '{}'::jsonb, id FROM ledger_transactions WHERE partnership_id = $1 AND kind = 'FEE_INVOICE' AND counterparty_organisation_id = $2 AND booked_on = '2027-01-15'`,
      [partnershipId, a.id],
    );
    const invoices = await download(`/exports/${slug}/invoices.csv?year=2027`, treasurer);
    expect((invoices.body as Buffer).toString('utf8')).toContain(
      '\r\n2027-0001;2027;Stadt Auszugheim;1.030,00;15.01.2027;15.02.2027\r\n',
    );
    const agreements = await download(`/exports/${slug}/agreements.xlsx`, treasurer);
    expect(agreements.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(agreements.body as Buffer as unknown as ArrayBuffer);
    const row = workbook.worksheets[0].getRow(2);
    expect(row.getCell(1).value).toBe('Messwerkzeug: Kostenteilung');
    expect(row.getCell(4).value).toBe(5000);
    expect(row.getCell(5).value).toBe('Code & Karte GmbH');
  });

  it('applies the API’s permissions', async () => {
    expect((await download(`/exports/${slug}/ledger.csv`, null)).status).toBe(401);
    expect((await download(`/exports/${slug}/ledger.csv`, representativeA)).status).toBe(403);
    expect(
      (await download(`/exports/${slug}/statement.csv?year=2027&organisationId=${b.id}`, representativeA)).status,
    ).toBe(403);
    expect((await download(`/exports/${slug}/ledger.csv`, otherTreasurer)).status).toBe(403);
    expect((await download(`/exports/${slug}/statement.csv`, treasurer)).status).toBe(400);
    expect((await download(`/exports/${slug}/bilanz.csv`, treasurer)).status).toBe(404);
    // In the reader's language: the observer's preferred one (German), or the one the link names.
    const forbidden = await download(`/exports/${slug}/ledger.xlsx?year=2027`, observer);
    expect(forbidden.status).toBe(403);
    expect((forbidden.body as Buffer).toString('utf8')).toBe(
      'Zum Herunterladen dieses Exports brauchen Sie die Berechtigung FINANCE_READ in dieser Partnerschaft.',
    );
    const forbiddenEn = await download(`/exports/${slug}/ledger.xlsx?year=2027&lang=en`, observer);
    expect(forbiddenEn.status).toBe(403);
    expect((forbiddenEn.body as Buffer).toString('utf8')).toBe(
      'You need the permission FINANCE_READ in this partnership to download this export.',
    );
    // Every refusal is in the reader's language, also before anyone is known (German by default).
    const text = async (path: string, viewer: Parameters<typeof download>[1]) =>
      ((await download(path, viewer)).body as Buffer).toString('utf8');
    expect(await text(`/exports/${slug}/ledger.csv`, null)).toBe('Melden Sie sich an, um Exporte herunterzuladen.');
    expect(await text(`/exports/${slug}/ledger.csv?lang=en`, null)).toBe('Sign in to download exports.');
    expect(await text(`/exports/${slug}/statement.csv?year=1492&lang=en`, treasurer)).toBe(
      'year must be a year between 1900 and 2200, got 1492.',
    );
    expect(await text(`/exports/${slug}/bilanz.csv`, treasurer)).toMatch(/^Unter dieser Adresse gibt es keinen Export/);
  });
});
