import { Client } from 'pg';
import { SurveyJobs } from '../../server/src/feature-requests/survey-jobs';
import { createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';
import { votingPartnership, VotingPartnership } from './support/votes-setup';

const SUBMIT = `mutation($input: SubmitFeatureRequestInput!) { submitFeatureRequest(input: $input) { id number stage } }`;
const MOVE = `mutation($input: TransitionFeatureRequestInput!) { transitionFeatureRequest(input: $input) { id stage releasedAt developedOutside } }`;
const DETAIL = `query($id: ID!) { featureRequest(id: $id) {
  number stage decisionOutcome financedAt releaseVersion changelogEntry interestCount coFundingTotalCents developedOutside
  stageInfo { key category }
  interest { kind coFundUpToCents organisation { name } }
  timeline { fromStage toStage reason actor { email } }
  availableTransitions { to allowed reasons }
  vote { id status outcome }
} }`;

interface Detail {
  number: number;
  stage: string;
  decisionOutcome: string | null;
  financedAt: string | null;
  releaseVersion: string | null;
  interestCount: number;
  coFundingTotalCents: string;
  developedOutside: boolean;
  stageInfo: { key: string; category: string };
  interest: { kind: string; coFundUpToCents: string | null; organisation: { name: string } }[];
  timeline: { fromStage: string | null; toStage: string; reason: string; actor: { email: string } | null }[];
  availableTransitions: { to: string; allowed: boolean; reasons: string[] }[];
  vote: { id: string; status: string; outcome: string | null } | null;
}

interface World extends VotingPartnership {
  po: string;
  treasurer: string;
  committees: Record<string, string>;
}

let t: TestApp;
let n = 0;

beforeAll(async () => {
  // The background jobs run only when a test calls them: their statements must not count in the N+1 checks.
  t = await createTestApp({ VOTE_JOB_INTERVAL_MS: '999999' });
});
afterAll(() => t.close());

/** A partnership with three voting members, a community manager, a product owner, the workflow template and the committees its decision paths name. */
async function world(template: string, committeeKinds: string[] = []): Promise<World> {
  n += 1;
  const p = await votingPartnership(t, 3);
  const po = await t.createUser(`po-${n}@requests.example`, {
    roles: [{ partnershipId: p.partnershipId, role: 'PRODUCT_OWNER' }],
  });
  const treasurer = await t.createUser(`kasse-${n}@requests.example`, {
    roles: [{ partnershipId: p.partnershipId, role: 'TREASURER' }],
  });
  const committees: Record<string, string> = { GENERAL_ASSEMBLY: p.committeeId };
  for (const kind of committeeKinds) {
    const created = await t.ok<{ createCommittee: { id: string } }>(
      p.cm,
      `mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`,
      {
        input: { partnershipId: p.partnershipId, name: `Gremium ${kind}`, kind, cadence: 'QUARTERLY' },
      },
    );
    committees[kind] = created.createCommittee.id;
  }
  await t.ok(
    p.cm,
    `mutation($input: ChooseWorkflowTemplateInput!) { chooseWorkflowTemplate(input: $input) { template } }`,
    { input: { partnershipId: p.partnershipId, template } },
  );
  return { ...p, po, treasurer, committees };
}

async function submit(w: World, title: string, fundingRoute = 'ALL_MEMBERS', description = ''): Promise<string> {
  const data = await t.ok<{ submitFeatureRequest: { id: string } }>(w.members[0].cookie, SUBMIT, {
    input: { partnershipId: w.partnershipId, title, description, kind: 'FEATURE', target: 'CORE', fundingRoute },
  });
  return data.submitFeatureRequest.id;
}

const detail = async (cookie: string, id: string) =>
  (await t.ok<{ featureRequest: Detail }>(cookie, DETAIL, { id })).featureRequest;
const move = (cookie: string, requestId: string, to: string, extra: Record<string, unknown> = {}) =>
  t.ok(cookie, MOVE, { input: { requestId, to, ...extra } });
const assess = (w: World, requestId: string) =>
  t.ok(w.po, `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`, {
    input: { requestId, feasible: true, coreCapable: true, notes: 'machbar' },
  });
const estimate = (w: World, requestId: string) =>
  t.ok(w.po, `mutation($input: RecordEstimateInput!) { recordEstimate(input: $input) { id } }`, {
    input: {
      requestId,
      effortPersonDays: '12.5',
      amountCents: '1250000',
      offerDocumentUrl: 'https://angebot.example/1.pdf',
    },
  });
const CREATE_AGREEMENT = `mutation($input: CreateCostAgreementInput!) { createCostAgreement(input: $input) { id contracts { id organisation { id } } } }`;
/** Financing is a cost-sharing agreement: the treasurer splits the offer among the members, every representative signs. */
async function finance(w: World, requestId: string) {
  const created = await t.ok<{
    createCostAgreement: { id: string; contracts: { id: string; organisation: { id: string } }[] };
  }>(w.treasurer, CREATE_AGREEMENT, {
    input: {
      partnershipId: w.partnershipId,
      featureRequestId: requestId,
      method: 'EQUAL',
      totalCents: '1250000',
      providerOrganisationId: w.members[0].organisationId,
      participants: w.members.map((m) => ({ organisationId: m.organisationId })),
    },
  });
  const { id, contracts } = created.createCostAgreement;
  await t.ok(w.treasurer, `mutation($id: ID!) { sendCostAgreement(id: $id) { id } }`, { id });
  for (const m of w.members) {
    const contract = contracts.find((c) => c.organisation.id === m.organisationId)!;
    await t.ok(m.cookie, `mutation($id: ID!) { signCostContract(id: $id) { id } }`, { id: contract.id });
  }
  expect((await detail(w.cm, requestId)).financedAt).toBeTruthy();
}
const release = (w: World, requestId: string, to = 'RELEASED') =>
  move(w.po, requestId, to, { releaseVersion: '4.2.0', changelogEntry: 'Neue Funktion' });

/** Starts the survey, members declare, then the deadline passes and the job closes it. */
async function survey(w: World, requestId: string) {
  await t.ok(
    w.cm,
    `mutation($input: StartInterestSurveyInput!) { startInterestSurvey(input: $input) { surveyDeadline } }`,
    { input: { requestId } },
  );
  await t.ok(w.members[1].cookie, `mutation($input: DeclareInterestInput!) { declareInterest(input: $input) { id } }`, {
    input: { requestId, kind: 'WILL_CO_FUND', coFundUpToCents: '300000' },
  });
  await t.ok(w.members[2].cookie, `mutation($input: DeclareInterestInput!) { declareInterest(input: $input) { id } }`, {
    input: { requestId, kind: 'WILL_CO_FUND', coFundUpToCents: '250050' },
  });
  await t.dataSource.query(`UPDATE feature_requests SET survey_deadline = now() - interval '1 minute' WHERE id = $1`, [
    requestId,
  ]);
  expect((await t.app.get(SurveyJobs).round()).closed).toBe(1);
}

/** Puts the request to a written vote; every member votes `choice` in every committee; the votes are closed. */
async function decide(w: World, requestId: string, choice: 'YES' | 'NO') {
  await t.ok(w.cm, `mutation($input: PutRequestToVoteInput!) { putFeatureRequestToVote(input: $input) { id } }`, {
    input: { requestId, route: 'WRITTEN', deadline: new Date(Date.now() + 7 * 86_400_000).toISOString() },
  });
  const [{ decision_id: decisionId, vote_id: voteId }] = await t.dataSource.query(
    'SELECT decision_id, vote_id FROM feature_requests WHERE id = $1',
    [requestId],
  );
  const votes: { id: string }[] = decisionId
    ? await t.dataSource.query('SELECT id FROM votes WHERE decision_id = $1 ORDER BY opened_at', [decisionId])
    : [{ id: voteId }];
  for (const vote of votes) {
    for (const m of w.members) {
      await t.ok(m.cookie, `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`, {
        input: { voteId: vote.id, membershipId: m.membershipId, choice },
      });
    }
    await t.ok(w.cm, `mutation($id: ID!) { closeVote(id: $id) { id outcome } }`, { id: vote.id });
  }
}

describe('feature requests: one full path per template', () => {
  it('Civitas Connect (variant 1): assessment, estimate, assembly ≥ 75 %, financing, development, release', async () => {
    const w = await world('CIVITAS_CONNECT_V1');
    const id = await submit(w, 'Barrierefreie Kartenansicht');
    await move(w.cm, id, 'ASSESSMENT');
    const early = await t.gqlAs(w.cm, MOVE, { input: { requestId: id, to: 'IN_DECISION' } });
    expect(early.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(early.errors?.[0].message).toMatch(/braucht eine Bewertung/);
    await assess(w, id);
    await estimate(w, id);
    await decide(w, id, 'YES');
    let d = await detail(w.cm, id);
    expect(d.decisionOutcome).toBe('ACCEPTED');
    expect(d.stage).toBe('FINANCING');
    expect(d.timeline.at(-1)).toMatchObject({ fromStage: 'IN_DECISION', toStage: 'FINANCING', actor: null });
    const unfinanced = await t.gqlAs(w.po, MOVE, { input: { requestId: id, to: 'IN_DEVELOPMENT' } });
    expect(unfinanced.errors?.[0].message).toMatch(/Finanzierung/);
    await finance(w, id);
    await move(w.po, id, 'IN_DEVELOPMENT');
    const bare = await t.gqlAs(w.po, MOVE, { input: { requestId: id, to: 'RELEASED' } });
    expect(bare.errors?.[0].message).toMatch(/eine Version und einen Changelog-Eintrag/);
    await release(w, id);
    d = await detail(w.members[0].cookie, id);
    expect(d).toMatchObject({ stage: 'RELEASED', releaseVersion: '4.2.0' });
    expect(d.timeline.map((s) => s.toStage)).toEqual([
      'SUBMITTED',
      'ASSESSMENT',
      'IN_DECISION',
      'FINANCING',
      'IN_DEVELOPMENT',
      'RELEASED',
    ]);
    const changelog = await t.ok<{ partnership: { changelog: { number: number; releaseVersion: string }[] } }>(
      w.cm,
      `query($id: String!) { partnership(slug: $id) { changelog { number releaseVersion } } }`,
      {
        id: (await t.dataSource.query('SELECT slug FROM partnerships WHERE id = $1', [w.partnershipId]))[0].slug,
      },
    );
    expect(changelog.partnership.changelog).toEqual([{ number: d.number, releaseVersion: '4.2.0' }]);
    // The audit log has every transition.
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_events WHERE subject_id = $1 AND action = 'request.transitioned'`,
      [id],
    );
    expect(count).toBe(5);
  });

  it('Civitas Connect (variant 2): a subgroup request rejected by vote is developed outside and re-applies for the core', async () => {
    const w = await world('CIVITAS_CONNECT_V2');
    const id = await submit(w, 'Modul Parkraum', 'SUBGROUP');
    await move(w.cm, id, 'ASSESSMENT');
    await assess(w, id);
    await estimate(w, id);
    await decide(w, id, 'NO');
    let d = await detail(w.members[0].cookie, id);
    expect(d).toMatchObject({ stage: 'REJECTED', decisionOutcome: 'REJECTED' });
    const financing = await t.gqlAs(w.treasurer, CREATE_AGREEMENT, {
      input: {
        partnershipId: w.partnershipId,
        featureRequestId: id,
        method: 'EQUAL',
        totalCents: '1250000',
        providerOrganisationId: w.members[0].organisationId,
      },
    });
    expect(financing.errors?.[0].message).toMatch(
      /^Die Finanzierung von #\d+ braucht eine angenommene Entscheidung; die Abstimmung am \d+\. \S+ \d{4} wurde abgelehnt/,
    );
    expect(d.availableTransitions).toEqual([{ to: 'DEVELOPED_OUTSIDE', allowed: true, reasons: [] }]);
    await move(w.members[0].cookie, id, 'DEVELOPED_OUTSIDE', { reason: 'Die Untergruppe baut das Modul selbst' });
    d = await detail(w.members[0].cookie, id);
    expect(d.developedOutside).toBe(true);
    await move(w.members[0].cookie, id, 'SUBMITTED', { reason: 'Antrag auf Aufnahme in den Kern' });
    d = await detail(w.members[0].cookie, id);
    expect(d.stage).toBe('SUBMITTED');
    expect(d.decisionOutcome).toBeNull();
  });

  it('Masterportal: a member builds it, both committees accept the pull request, release', async () => {
    const w = await world('MASTERPORTAL', ['STRATEGIC_COMMITTEE', 'TECHNICAL_COMMITTEE']);
    const id = await submit(w, 'Druckmodul', 'SINGLE_MEMBER');
    await move(w.members[0].cookie, id, 'ASSESSMENT');
    await assess(w, id);
    await move(w.po, id, 'FINANCING');
    await finance(w, id);
    await move(w.members[0].cookie, id, 'IN_DEVELOPMENT');
    await decide(w, id, 'YES');
    expect((await detail(w.cm, id)).stage).toBe('PULL_REQUEST');
    await release(w, id);
    expect((await detail(w.cm, id)).stage).toBe('RELEASED');
  });

  it('DIPAS: both commissions must approve; community testing; release', async () => {
    const w = await world('DIPAS', ['STRATEGIC_COMMITTEE', 'TECHNICAL_COMMITTEE']);
    const id = await submit(w, 'Beteiligungsmodul');
    await move(w.cm, id, 'ASSESSMENT');
    await assess(w, id);
    await move(w.cm, id, 'ESTIMATE');
    await estimate(w, id);
    await t.ok(w.cm, `mutation($input: PutRequestToVoteInput!) { putFeatureRequestToVote(input: $input) { id } }`, {
      input: { requestId: id, route: 'WRITTEN', deadline: new Date(Date.now() + 86_400_000).toISOString() },
    });
    const votes: { id: string; committee_id: string }[] = await t.dataSource.query(
      `SELECT v.id, v.committee_id FROM votes v JOIN feature_requests r ON r.decision_id = v.decision_id WHERE r.id = $1 ORDER BY v.opened_at`,
      [id],
    );
    expect(votes.map((v) => v.committee_id).sort()).toEqual(
      [w.committees.STRATEGIC_COMMITTEE, w.committees.TECHNICAL_COMMITTEE].sort(),
    );
    for (const m of w.members)
      await t.ok(m.cookie, `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`, {
        input: { voteId: votes[0].id, membershipId: m.membershipId, choice: 'YES' },
      });
    await t.ok(w.cm, `mutation($id: ID!) { closeVote(id: $id) { id } }`, { id: votes[0].id });
    // One commission approved: still undecided.
    expect((await detail(w.cm, id)).stage).toBe('IN_DECISION');
    for (const m of w.members)
      await t.ok(m.cookie, `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`, {
        input: { voteId: votes[1].id, membershipId: m.membershipId, choice: 'YES' },
      });
    await t.ok(w.cm, `mutation($id: ID!) { closeVote(id: $id) { id } }`, { id: votes[1].id });
    expect((await detail(w.cm, id)).stage).toBe('FINANCING');
    await finance(w, id);
    await move(w.po, id, 'IN_DEVELOPMENT');
    await move(w.po, id, 'COMMUNITY_TESTING');
    await release(w, id);
    expect((await detail(w.cm, id)).stage).toBe('RELEASED');
  });

  it('Biletado: a three-week survey closed by its job, prioritised by interest, tender, release', async () => {
    const w = await world('BILETADO');
    const id = await submit(w, 'Ticketexport');
    const other = await submit(w, 'Anderes Thema');
    await survey(w, id);
    let d = await detail(w.cm, id);
    expect(d.stage).toBe('BACKLOG');
    expect(d.interestCount).toBe(2);
    expect(d.coFundingTotalCents).toBe('550050');
    expect(d.timeline.at(-1)).toMatchObject({ fromStage: 'INTEREST_SURVEY', toStage: 'BACKLOG', actor: null });
    const [{ survey_deadline: deadline, created_at: created }] = await t.dataSource.query(
      `SELECT (SELECT reason_params FROM feature_request_transitions WHERE request_id = $1 AND to_stage = 'INTEREST_SURVEY') AS survey_deadline, created_at FROM feature_requests WHERE id = $1`,
      [id],
    );
    expect(deadline).toMatchObject({ count: 21 });
    expect(d.timeline.find((s) => s.toStage === 'INTEREST_SURVEY')?.reason).toMatch(/ \(21 Tage\)$/);
    expect(created).toBeTruthy();
    const backlog = await t.ok<{ partnership: { featureRequests: { totalCount: number; nodes: { id: string }[] } } }>(
      w.cm,
      `query($slug: String!) { partnership(slug: $slug) { featureRequests(sort: MOST_INTERESTED) { totalCount nodes { id } } } }`,
      { slug: (await t.dataSource.query('SELECT slug FROM partnerships WHERE id = $1', [w.partnershipId]))[0].slug },
    );
    expect(backlog.partnership.featureRequests.nodes.map((r) => r.id)).toEqual([id, other]);
    await move(w.members[0].cookie, id, 'TENDER');
    await finance(w, id);
    await move(w.members[0].cookie, id, 'IN_DEVELOPMENT');
    await release(w, id);
    d = await detail(w.cm, id);
    expect(d.stage).toBe('RELEASED');
  });

  it('OSCA: the provider estimates, the advisory board decides, release', async () => {
    const w = await world('OSCA', ['ADVISORY_BOARD']);
    const id = await submit(w, 'Fachverfahren anbinden');
    await move(w.cm, id, 'ASSESSMENT');
    await assess(w, id);
    await estimate(w, id);
    await decide(w, id, 'YES');
    const [{ committee_id: committeeId }] = await t.dataSource.query(
      'SELECT v.committee_id FROM votes v JOIN feature_requests r ON r.vote_id = v.id WHERE r.id = $1',
      [id],
    );
    expect(committeeId).toBe(w.committees.ADVISORY_BOARD);
    await finance(w, id);
    await move(w.po, id, 'IN_DEVELOPMENT');
    await release(w, id);
    expect((await detail(w.cm, id)).stage).toBe('RELEASED');
  });

  it('KODI: survey, matching of the interested, requirement and offer, financing, release', async () => {
    const w = await world('KODI');
    const id = await submit(w, 'Veranstaltungskalender');
    await survey(w, id);
    expect((await detail(w.cm, id)).stage).toBe('MATCHING');
    await move(w.cm, id, 'REQUIREMENTS');
    await assess(w, id);
    await estimate(w, id);
    await move(w.cm, id, 'FINANCING');
    await finance(w, id);
    await move(w.cm, id, 'IN_DEVELOPMENT');
    await release(w, id);
    expect((await detail(w.cm, id)).stage).toBe('RELEASED');
  });

  it('Smart Village App: survey, grouping refused without interest, pilot, release', async () => {
    const w = await world('SMART_VILLAGE_APP');
    const lonely = await submit(w, 'Niemand will das');
    await t.ok(w.cm, `mutation($input: StartInterestSurveyInput!) { startInterestSurvey(input: $input) { id } }`, {
      input: { requestId: lonely },
    });
    const id = await submit(w, 'Mängelmelder');
    await survey(w, id);
    await t.dataSource.query(
      `UPDATE feature_requests SET survey_deadline = now() - interval '1 minute' WHERE id = $1`,
      [lonely],
    );
    await t.app.get(SurveyJobs).round();
    const refused = await t.gqlAs(w.cm, MOVE, { input: { requestId: lonely, to: 'REQUIREMENTS' } });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toMatch(/Interesse/);
    await move(w.cm, id, 'REQUIREMENTS');
    await assess(w, id);
    await estimate(w, id);
    await move(w.cm, id, 'FINANCING');
    await finance(w, id);
    await move(w.po, id, 'IN_DEVELOPMENT');
    await move(w.po, id, 'PILOT');
    await release(w, id);
    const d = await detail(w.members[0].cookie, id);
    expect(d.stage).toBe('RELEASED');
    // The submitter subscribed on filing: an in-app notification and a mail per transition.
    const notes = await t.ok<{ myNotifications: { text: string; readAt: string | null }[] }>(
      w.members[0].cookie,
      `{ myNotifications { text readAt } }`,
    );
    expect(notes.myNotifications.length).toBeGreaterThanOrEqual(7);
    expect(notes.myNotifications[0].text).toMatch(/→ Veröffentlicht|→ Released|→/);
    const marked = await t.ok<{ markNotificationsRead: number }>(
      w.members[0].cookie,
      `mutation { markNotificationsRead }`,
    );
    expect(marked.markNotificationsRead).toBe(notes.myNotifications.length);
    const [{ count: mails }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_mails m JOIN users u ON u.email = m.recipient JOIN partnership_roles r ON r.user_id = u.id
       WHERE r.partnership_id = $1 AND r.organisation_id = $2 AND m.subject LIKE '%Mängelmelder%'`,
      [w.partnershipId, w.members[0].organisationId],
    );
    expect(mails).toBeGreaterThanOrEqual(7);
  });
});

describe('feature requests: decided in a session', () => {
  it('goes on the agenda as a decision item; the vote opened there uses the route’s rule and moves the request on', async () => {
    const w = await world('CIVITAS_CONNECT_V1');
    const id = await submit(w, 'Schnittstelle für Luftqualitätsdaten');
    await move(w.cm, id, 'ASSESSMENT');
    await assess(w, id);
    await estimate(w, id);
    const planned = await t.ok<{ planSession: { id: string } }>(
      w.cm,
      `mutation($input: PlanSessionInput!) { planSession(input: $input) { id } }`,
      {
        input: {
          committeeId: w.committeeId,
          title: 'Versammlung',
          startsAt: new Date(Date.now() + 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 7_200_000).toISOString(),
        },
      },
    );
    const sessionId = planned.planSession.id;
    await t.ok(w.cm, `mutation($input: PutRequestToVoteInput!) { putFeatureRequestToVote(input: $input) { id } }`, {
      input: { requestId: id, route: 'SESSION', sessionId },
    });
    expect((await detail(w.cm, id)).stage).toBe('IN_DECISION');
    const agenda = await t.ok<{ committeeSession: { agenda: { id: string; kind: string; title: string }[] } }>(
      w.cm,
      `query($id: ID!) { committeeSession(id: $id) { agenda { id kind title } } }`,
      { id: sessionId },
    );
    const item = agenda.committeeSession.agenda.find((a) => a.title.includes('Luftqualitätsdaten'));
    expect(item?.kind).toBe('DECISION');

    await t.ok(w.cm, `mutation($id: ID!) { startSession(id: $id) { id } }`, { id: sessionId });
    for (const m of w.members) {
      await t.ok(w.cm, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
        input: { sessionId, membershipId: m.membershipId, present: true },
      });
    }
    // No rule chosen by the chair: the funding route's rule (all members: at least 75 %) applies, not the committee's.
    const opened = await t.ok<{ openVote: { id: string; ruleName: string } }>(
      w.cm,
      `mutation($input: OpenVoteInput!) { openVote(input: $input) { id ruleName } }`,
      { input: { agendaItemId: item?.id } },
    );
    expect(opened.openVote.ruleName).toBe('THREE_QUARTERS');
    // Two of three say yes: 67 %, short of 75 %.
    const choices = ['YES', 'YES', 'NO'];
    for (const [i, m] of w.members.entries()) {
      await t.ok(m.cookie, `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`, {
        input: { voteId: opened.openVote.id, membershipId: m.membershipId, choice: choices[i] },
      });
    }
    await t.ok(w.cm, `mutation($id: ID!) { closeVote(id: $id) { id } }`, { id: opened.openVote.id });
    const d = await detail(w.cm, id);
    expect(d).toMatchObject({
      decisionOutcome: 'REJECTED',
      stage: 'REJECTED',
      vote: { id: opened.openVote.id, status: 'CLOSED', outcome: 'REJECTED' },
    });
    expect(d.timeline.at(-1)).toMatchObject({ fromStage: 'IN_DECISION', toStage: 'REJECTED', actor: null });
  });
});

describe('feature requests: changing the process', () => {
  it('carries requests over to the stage of the same meaning, or back to the nearest earlier one, on their timelines', async () => {
    const w = await world('CIVITAS_CONNECT_V1');
    const assessed = await submit(w, 'Terminbuchung im Bürgerbüro');
    await move(w.cm, assessed, 'ASSESSMENT');
    const fresh = await submit(w, 'Anmeldung mit BundID');
    await t.ok(
      w.cm,
      `mutation($input: ChooseWorkflowTemplateInput!) { chooseWorkflowTemplate(input: $input) { template } }`,
      { input: { partnershipId: w.partnershipId, template: 'BILETADO' } },
    );
    const moved = await detail(w.cm, assessed);
    expect(moved.stageInfo).toEqual({ key: 'BACKLOG', category: 'ASSESSMENT' });
    expect(moved.timeline.at(-1)).toMatchObject({
      fromStage: 'ASSESSMENT',
      toStage: 'BACKLOG',
      reason: 'Die Partnerschaft hat ihren Prozess auf „Biletado – drei Wochen Mitwirkungsabsicht“ umgestellt',
      actor: { email: expect.any(String) },
    });
    // A stage both processes have keeps its requests, without a timeline row.
    const kept = await detail(w.cm, fresh);
    expect(kept.stage).toBe('SUBMITTED');
    expect(kept.timeline.map((s) => s.toStage)).toEqual(['SUBMITTED']);
  });
});

describe('feature requests: merging, similarity, tenancy, roadmap', () => {
  let w: World;
  let slug: string;
  beforeAll(async () => {
    w = await world('SMART_VILLAGE_APP');
    slug = (await t.dataSource.query('SELECT slug FROM partnerships WHERE id = $1', [w.partnershipId]))[0].slug;
  });

  it('merges a duplicate: interest and subscribers move over without doubles, the duplicate points to the original', async () => {
    const original = await submit(w, 'Terminbuchung im Bürgerbüro');
    const duplicate = await t.ok<{ submitFeatureRequest: { id: string } }>(w.members[1].cookie, SUBMIT, {
      input: {
        partnershipId: w.partnershipId,
        title: 'Online-Termine Bürgerbüro',
        kind: 'FEATURE',
        fundingRoute: 'ALL_MEMBERS',
      },
    });
    const dupId = duplicate.submitFeatureRequest.id;
    await t.ok(
      w.members[2].cookie,
      `mutation($input: DeclareInterestInput!) { declareInterest(input: $input) { id } }`,
      { input: { requestId: dupId, kind: 'WILL_USE' } },
    );
    await t.ok(
      w.members[2].cookie,
      `mutation($input: DeclareInterestInput!) { declareInterest(input: $input) { id } }`,
      { input: { requestId: original, kind: 'SUPPORT' } },
    );
    const refused = await t.gqlAs(
      w.members[0].cookie,
      `mutation($input: MergeFeatureRequestInput!) { mergeFeatureRequest(input: $input) { id } }`,
      { input: { duplicateId: dupId, originalId: original } },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await t.ok(w.cm, `mutation($input: MergeFeatureRequestInput!) { mergeFeatureRequest(input: $input) { id } }`, {
      input: { duplicateId: dupId, originalId: original },
    });
    const o = await detail(w.cm, original);
    expect(o.interest.map((i) => i.kind).sort()).toEqual(['SUPPORT', 'SUPPORT']);
    expect(o.interestCount).toBe(2);
    const dup = await t.ok<{
      featureRequest: { stage: string; duplicateOf: { id: string }; timeline: { reason: string }[] };
    }>(w.cm, `query($id: ID!) { featureRequest(id: $id) { stage duplicateOf { id } timeline { reason } } }`, {
      id: dupId,
    });
    expect(dup.featureRequest).toMatchObject({ stage: 'WITHDRAWN', duplicateOf: { id: original } });
    expect(dup.featureRequest.timeline.at(-1)?.reason).toMatch(/^Mit #\d+ zusammengeführt$/);
    expect(o.timeline.at(-1)?.reason).toMatch(/^#\d+ wurde mit dieser Anfrage zusammengeführt$/);
    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM feature_request_subscriptions WHERE request_id = $1',
      [original],
    );
    expect(count).toBe(3);
  });

  it('finds similar requests in German, with typos', async () => {
    for (const title of [
      'Kartenansicht barrierefrei machen',
      'Kalendarexport',
      'Haushaltsplan als PDF',
      'Anbindung an das Melderegister',
      'Dunkelmodus für die App',
    ])
      await submit(w, title);
    const similar = (text: string) =>
      t.ok<{ similarFeatureRequests: { score: number; request: { title: string } }[] }>(
        w.members[1].cookie,
        `query($slug: String, $text: String!) { similarFeatureRequests(slug: $slug, text: $text) { score request { title } } }`,
        { slug, text },
      );
    const a = await similar('Barrierefreiheit der Kartenansicht');
    expect(a.similarFeatureRequests[0].request.title).toBe('Kartenansicht barrierefrei machen');
    const b = await similar('Kalender-Export');
    expect(b.similarFeatureRequests[0].request.title).toBe('Kalendarexport');
    expect(b.similarFeatureRequests.length).toBeLessThanOrEqual(5);
    const c = await similar('Meldregister anbinden');
    expect(c.similarFeatureRequests[0].request.title).toBe('Anbindung an das Melderegister');
    const none = await similar('Zzyzx Quuxbar');
    expect(none.similarFeatureRequests).toEqual([]);
  });

  it('a person of another partnership can neither read nor change its requests', async () => {
    const id = await submit(w, 'Nur für uns');
    const other = await votingPartnership(t, 1);
    const stranger = other.members[0].cookie;
    const read = await t.gqlAs(stranger, DETAIL, { id });
    expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(read)).not.toContain('Nur für uns');
    const change = await t.gqlAs(stranger, MOVE, { input: { requestId: id, to: 'WITHDRAWN' } });
    expect(change.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const declare = await t.gqlAs(
      stranger,
      `mutation($input: DeclareInterestInput!) { declareInterest(input: $input) { id } }`,
      { input: { requestId: id, kind: 'SUPPORT' } },
    );
    expect(declare.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const submitThere = await t.gqlAs(stranger, SUBMIT, {
      input: { partnershipId: w.partnershipId, title: 'Eingeschmuggelt', kind: 'FEATURE', fundingRoute: 'ALL_MEMBERS' },
    });
    expect(submitThere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const similar = await t.gqlAs(
      stranger,
      `query($id: ID, $text: String!) { similarFeatureRequests(partnershipId: $id, text: $text) { score } }`,
      { id: w.partnershipId, text: 'Nur für uns' },
    );
    expect(similar.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses with the reason: the wrong role, and a survey deadline in the past', async () => {
    const id = await submit(w, 'Gründe zeigen');
    const rep = await t.gqlAs(w.members[1].cookie, MOVE, { input: { requestId: id, to: 'INTEREST_SURVEY' } });
    expect(rep.errors?.[0].message).toMatch(
      /^Dieser Schritt ist jetzt nicht möglich: Nur das Community-Management darf eine Anfrage/,
    );
    const past = await t.gqlAs(
      w.cm,
      `mutation($input: StartInterestSurveyInput!) { startInterestSurvey(input: $input) { id } }`,
      { input: { requestId: id, deadline: '2020-01-01T00:00:00Z' } },
    );
    expect(past.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const coFund = await t.gqlAs(
      w.members[1].cookie,
      `mutation($input: DeclareInterestInput!) { declareInterest(input: $input) { id } }`,
      { input: { requestId: id, kind: 'WILL_CO_FUND' } },
    );
    expect(coFund.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows the roadmap and changelog of a public partnership to anyone, and keeps a closed one secret', async () => {
    const open = await createPartnership(t, { publicTransparency: true });
    const closed = await createPartnership(t, { publicTransparency: false });
    await t.dataSource.query(
      `INSERT INTO feature_requests (partnership_id, number, title, kind, target, funding_route, stage, release_version, changelog_entry, released_at)
       VALUES ($1, 1, 'Öffentlich veröffentlicht', 'FEATURE', 'CORE', 'ALL_MEMBERS', 'RELEASED', '1.0', 'Eintrag', now()),
              ($2, 1, 'Geheime Planung', 'FEATURE', 'CORE', 'ALL_MEMBERS', 'IN_DEVELOPMENT', NULL, NULL, NULL)`,
      [open.id, closed.id],
    );
    const query = `query($slug: String!) { partnership(slug: $slug) { roadmap { column items { title } } changelog { title releaseVersion } } }`;
    const anon = await t.gqlAs<{
      partnership: { roadmap: { column: string; items: { title: string }[] }[]; changelog: { title: string }[] };
    }>(null, query, { slug: open.slug });
    expect(anon.errors).toBeUndefined();
    expect(anon.data?.partnership.roadmap.find((c) => c.column === 'RELEASED')?.items).toEqual([
      { title: 'Öffentlich veröffentlicht' },
    ]);
    expect(anon.data?.partnership.changelog).toEqual([{ title: 'Öffentlich veröffentlicht', releaseVersion: '1.0' }]);
    const secret = await t.gqlAs(null, query, { slug: closed.slug });
    expect(secret.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(secret)).not.toContain('Geheime Planung');
    const backlog = await t.gqlAs(
      null,
      `query($slug: String!) { partnership(slug: $slug) { featureRequests { totalCount } } }`,
      { slug: open.slug },
    );
    expect(backlog.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('pages the backlog with a constant number of SQL statements', async () => {
    const count = async (first: number) => {
      const spy = jest.spyOn(Client.prototype, 'query');
      try {
        const body = await t.gqlAs<{ partnership: { featureRequests: { nodes: unknown[] } } }>(
          w.cm,
          `query($slug: String!, $first: Int!) { partnership(slug: $slug) { featureRequests(first: $first, sort: MOST_INTERESTED) { totalCount nodes { number stageInfo { key } organisation { name } submittedBy { displayName } interest { kind organisation { name } } coFundingTotalCents availableTransitions { to allowed } timeline { toStage actor { displayName } } comments { body } viewerSubscribed } pageInfo { endCursor } } } }`,
          { slug, first },
        );
        expect(body.errors).toBeUndefined();
        expect(body.data?.partnership.featureRequests.nodes.length).toBe(first);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    expect(await count(2)).toBe(await count(8));
  });
});

describe('feature requests: jobs', () => {
  it('the survey job closes each survey once, also with two rounds at the same time', async () => {
    const w = await world('KODI');
    const id = await submit(w, 'Parallel');
    await t.ok(w.cm, `mutation($input: StartInterestSurveyInput!) { startInterestSurvey(input: $input) { id } }`, {
      input: { requestId: id },
    });
    await t.dataSource.query(
      `UPDATE feature_requests SET survey_deadline = now() - interval '1 minute' WHERE id = $1`,
      [id],
    );
    const jobs = t.app.get(SurveyJobs);
    const [a, b] = await Promise.all([jobs.round(), jobs.round()]);
    expect(a.closed + b.closed).toBe(1);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM feature_request_transitions WHERE request_id = $1 AND to_stage = 'MATCHING'`,
      [id],
    );
    expect(count).toBe(1);
  });
});
