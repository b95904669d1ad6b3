import request from 'supertest';
import { addMember, createOrganisation, createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';
import { votingPartnership } from './support/votes-setup';

/*
 * Texts the server stores for later readers (booking texts, timeline reasons, notifications) are a message key and
 * parameters in the database, and every reader gets them in their own language: the GraphQL API by Accept-Language,
 * an export by the `lang` the portal passes, a mail by the recipient's preferred language.
 */

const UPDATE_SCHEDULE = `mutation($input: UpdateFeeScheduleInput!) { updateFeeSchedule(input: $input) { schedule { baseYear } } }`;
const RUN = `mutation($input: RunFeesInput!) { runFees(input: $input) { created lines { invoiceNumber } } }`;
const JOURNAL = `query($p: ID!, $kind: TransactionKind) { ledgerTransactions(partnershipId: $p, kind: $kind) { nodes { id description } } }`;
const REVERSE = `mutation($input: ReverseLedgerTransactionInput!) { reverseLedgerTransaction(input: $input) { id description } }`;
const TIMELINE = `query($id: ID!) { featureRequest(id: $id) { timeline { toStage reason } } }`;

interface Answer<T> {
  data?: T;
  errors?: { message: string }[];
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ VOTE_JOB_INTERVAL_MS: '999999' });
});
afterAll(() => t.close());

/** A GraphQL call with the reader's Accept-Language; any error fails the test. */
async function read<T>(cookie: string, language: 'de' | 'en', query: string, variables: object): Promise<T> {
  const response = await request(t.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('cookie', cookie)
    .set('accept-language', language)
    .send({ query, variables });
  const body = response.body as Answer<T>;
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe('booking texts in the reader’s language', () => {
  let partnershipId: string;
  let slug: string;
  let treasurer: string;
  let invoiceTransaction: string;
  const member = 'Gemeinde Zweisprach';

  beforeAll(async () => {
    const p = await createPartnership(t);
    partnershipId = p.id;
    slug = p.slug;
    const o = await createOrganisation(t, { name: member, kind: 'MUNICIPALITY', population: 4_000 });
    await addMember(t, partnershipId, o.id, { joinedOn: '2020-01-01' });
    treasurer = await t.createUser('kasse@records.example', { roles: [{ partnershipId, role: 'TREASURER' }] });
    await t.ok(treasurer, UPDATE_SCHEDULE, {
      input: {
        partnershipId,
        baseYear: 2027,
        indexationBasisPoints: 0,
        rounding: 'CENT',
        proRata: 'NONE',
        dueDays: 30,
        tiers: [{ label: 'Gemeinden', kinds: ['MUNICIPALITY'], amountCents: '120000' }],
      },
    });
    await t.ok(treasurer, RUN, { input: { partnershipId, year: 2027, issuedOn: '2027-01-15' } });
    const [row] = await t.dataSource.query(
      `SELECT id FROM ledger_transactions WHERE partnership_id = $1 AND kind = 'FEE_INVOICE'`,
      [partnershipId],
    );
    invoiceTransaction = row.id;
  });

  it('stores a fee run’s booking text as key and parameters, and reads it in German or English', async () => {
    const [stored] = await t.dataSource.query(
      `SELECT description, description_key, description_params FROM ledger_transactions WHERE id = $1`,
      [invoiceTransaction],
    );
    expect(stored).toEqual({
      description: null,
      description_key: 'records.ledger.feeInvoice',
      description_params: { year: 2027, number: '2027-0001', member },
    });
    const text = async (language: 'de' | 'en') =>
      (
        await read<{ ledgerTransactions: { nodes: { description: string }[] } }>(treasurer, language, JOURNAL, {
          p: partnershipId,
          kind: 'FEE_INVOICE',
        })
      ).ledgerTransactions.nodes[0].description;
    expect(await text('de')).toBe(`Mitgliedsbeitrag 2027, Rechnung 2027-0001: ${member}`);
    expect(await text('en')).toBe(`Membership fee 2027, invoice 2027-0001: ${member}`);
  });

  it('keeps a reversal’s typed reason as typed inside the message, in either language', async () => {
    const { reverseLedgerTransaction: reversal } = await read<{
      reverseLedgerTransaction: { id: string; description: string };
    }>(treasurer, 'en', REVERSE, {
      input: { transactionId: invoiceTransaction, reason: 'Doppelt gebucht', bookedOn: '2027-01-20' },
    });
    expect(reversal.description).toBe('Reversal: Doppelt gebucht');
    const [stored] = await t.dataSource.query(
      `SELECT description, description_key, description_params FROM ledger_transactions WHERE id = $1`,
      [reversal.id],
    );
    expect(stored).toEqual({
      description: null,
      description_key: 'records.ledger.reversal',
      description_params: { reason: 'Doppelt gebucht' },
    });
    const german = await read<{ ledgerTransactions: { nodes: { id: string; description: string }[] } }>(
      treasurer,
      'de',
      JOURNAL,
      { p: partnershipId, kind: 'REVERSAL' },
    );
    expect(german.ledgerTransactions.nodes).toEqual([{ id: reversal.id, description: 'Storno: Doppelt gebucht' }]);
    // The audit log keeps the message too, and shows it in the reader's language.
    const log = await read<{
      partnership: { auditLog: { nodes: { action: string; payload: { description: string } }[] } };
    }>(
      treasurer,
      'en',
      `query($slug: String!) { partnership(slug: $slug) { auditLog(first: 5) { nodes { action payload } } } }`,
      { slug },
    );
    expect(log.partnership.auditLog.nodes.find((n) => n.action === 'ledger.reversed')?.payload.description).toBe(
      'Reversal: Doppelt gebucht',
    );
  });

  it('exports the ledger as CSV in the language the portal passes', async () => {
    const csv = async (language: string) =>
      (
        await request(t.app.getHttpServer())
          .get(`/exports/${slug}/ledger.csv?year=2027&lang=${language}`)
          .set('cookie', treasurer)
          .expect(200)
      ).text;
    const german = await csv('de');
    const english = await csv('en');
    expect(german.startsWith('\ufeffDatum;Buchung;Art;Beschreibung;Konto;')).toBe(true);
    expect(german).toContain(`;Beitragsrechnung;Mitgliedsbeitrag 2027, Rechnung 2027-0001: ${member};Forderung;`);
    expect(german).toContain(';Storno;Storno: Doppelt gebucht;');
    expect(english.startsWith('\ufeffDate;Transaction;Kind;Description;Account;')).toBe(true);
    expect(english).toContain(`;Fee invoice;Membership fee 2027, invoice 2027-0001: ${member};Receivable;`);
    expect(english).toContain(';Reversal;Reversal: Doppelt gebucht;');
    expect(english).not.toMatch(/Mitgliedsbeitrag|Storno|Forderung/);
  });
});

describe('timeline reasons, notifications and mails in the reader’s language', () => {
  it('stores the survey’s reason and the subscriber’s notification as messages, rendered per reader', async () => {
    const p = await votingPartnership(t, 2);
    await t.ok(
      p.cm,
      `mutation($input: ChooseWorkflowTemplateInput!) { chooseWorkflowTemplate(input: $input) { template } }`,
      { input: { partnershipId: p.partnershipId, template: 'SMART_VILLAGE_APP' } },
    );
    const submitter = p.members[0].cookie;
    // The submitter reads English: the mail comes in English, the portal follows the header it sends.
    await t.ok(submitter, `mutation { updateAccount(input: { preferredLanguage: EN }) { preferredLanguage } }`);
    const { submitFeatureRequest: submitted } = await t.ok<{ submitFeatureRequest: { id: string; number: number } }>(
      submitter,
      `mutation($input: SubmitFeatureRequestInput!) { submitFeatureRequest(input: $input) { id number } }`,
      {
        input: {
          partnershipId: p.partnershipId,
          title: 'Zweisprachige Karte',
          description: '',
          kind: 'FEATURE',
          target: 'CORE',
          fundingRoute: 'ALL_MEMBERS',
        },
      },
    );
    const survey = await t.gqlAs(
      p.cm,
      `mutation($input: StartInterestSurveyInput!) { startInterestSurvey(input: $input) { id } }`,
      { input: { requestId: submitted.id } },
    );
    expect(survey.errors).toBeUndefined();

    const [transition] = await t.dataSource.query(
      `SELECT reason, reason_key, reason_params FROM feature_request_transitions WHERE request_id = $1 AND to_stage = 'INTEREST_SURVEY'`,
      [submitted.id],
    );
    expect(transition).toMatchObject({
      reason: '',
      reason_key: 'records.timeline.surveyStarted',
      reason_params: { deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), count: expect.any(Number) },
    });
    const reason = async (language: 'de' | 'en') =>
      (
        await read<{ featureRequest: { timeline: { toStage: string; reason: string }[] } }>(p.cm, language, TIMELINE, {
          id: submitted.id,
        })
      ).featureRequest.timeline.find((s) => s.toStage === 'INTEREST_SURVEY')?.reason;
    expect(await reason('de')).toMatch(/^Interessensabfrage bis \d{1,2}\. [A-Za-zä]+ \d{4} \(\d+ Tage\)$/);
    expect(await reason('en')).toMatch(/^Interest survey until \d{1,2} [A-Za-z]+ \d{4} \(\d+ days\)$/);

    const [notification] = await t.dataSource.query(
      `SELECT text, text_key, text_params FROM notifications WHERE request_id = $1`,
      [submitted.id],
    );
    expect(notification).toMatchObject({
      text: null,
      text_key: 'records.notifications.transitionWithReason',
      text_params: {
        number: submitted.number,
        title: 'Zweisprachige Karte',
        reason: { key: 'records.timeline.surveyStarted' },
      },
    });
    const note = async (language: 'de' | 'en') =>
      (await read<{ myNotifications: { text: string }[] }>(submitter, language, `{ myNotifications { text } }`, {}))
        .myNotifications[0].text;
    expect(await note('de')).toMatch(
      new RegExp(
        `^#${submitted.number} „Zweisprachige Karte“: .+ → .+ \\(Interessensabfrage bis .+ \\(\\d+ Tage\\)\\)$`,
      ),
    );
    expect(await note('en')).toMatch(
      new RegExp(
        `^#${submitted.number} “Zweisprachige Karte”: .+ → .+ \\(Interest survey until .+ \\(\\d+ days\\)\\)$`,
      ),
    );

    const [mail] = await t.dataSource.query(
      `SELECT subject, body FROM outbox_mails WHERE subject LIKE '%Zweisprachige Karte' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(mail.body).toMatch(/^Hello .+,\n\n#\d+ “Zweisprachige Karte”: .+ \(Interest survey until /);
    expect(mail.body).toContain('You receive this message because you subscribed to the request.');
    expect(mail.body).not.toMatch(/Guten Tag|Interessensabfrage/);
  });
});
