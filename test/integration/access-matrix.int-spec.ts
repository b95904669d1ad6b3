import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLObjectType,
  isObjectType,
} from 'graphql';
import { addMember, createOrganisation, createPartnership } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Every query and mutation in the committed schema, called signed out and by a signed-in person
 * with no role anywhere. An operation added later is covered without anyone remembering; one that
 * should be open to everybody has to be added to PUBLIC on purpose.
 */
const schema = buildSchema(readFileSync(path.join(__dirname, '..', '..', 'server', 'schema.gql'), 'utf8'));

/** Open to anyone; each says why. */
const PUBLIC: Record<string, string> = {
  'Query.me': 'answers null when signed out',
  'Query.partnerships': 'lists only public partnerships to strangers',
  'Query.partnership': 'public partnerships only (checked below)',
  'Query.invitation': 'the invitation link is the credential',
  'Query.signInMethods': 'the sign-in page needs it before anyone is signed in',
  'Mutation.signIn': 'how one gets a session',
  'Mutation.requestPasswordReset': 'says the same whether or not the account exists',
  'Mutation.resetPassword': 'the mailed token is the credential',
  'Mutation.acceptInvitation': 'the invitation token is the credential',
  'Query.rulePresets': 'the named decision rules are the same for everyone',
  'Query.workflowTemplates': 'the request processes of the reference study are the same for everyone',
  'Mutation.applyForMembership':
    'anyone may apply to a public partnership (refused for closed ones, tested in applications.int-spec.ts)',
  'Query.transparencyReport':
    'public only when the partnership’s transparency pages are, else NOT_FOUND (tested in reports.int-spec.ts)',
  'Query.legalPage': 'the Impressum, privacy notice and accessibility statement must be readable by anyone',
  'Query.legalPages': 'the same pages, all at once',
};

/** Open to every signed-in person, with no role needed. */
const SIGNED_IN = new Set([
  'Query.organisations',
  'Query.organisation',
  'Query.myOpenVotes',
  'Mutation.signOut',
  'Mutation.changePassword',
  'Mutation.updateAccount',
  'Query.myNotifications',
  'Mutation.markNotificationsRead',
]);

interface Ids {
  slug: string;
  partnershipId: string;
  organisationId: string;
  otherOrganisationId: string;
  membershipId: string;
  roleId: string;
  invitationId: string;
  committeeId: string;
  seatId: string;
  sessionId: string;
  agendaItemId: string;
  voteId: string;
  decisionId: string;
  applicationId: string;
  featureRequestId: string;
  costAgreementId: string;
  costContractId: string;
  moduleId: string;
  fundPurposeId: string;
  fundAllocationId: string;
  ledgerTransactionId: string;
}

function inputFixture(type: string, ids: Ids): Record<string, unknown> {
  const fixtures: Record<string, Record<string, unknown>> = {
    CreateOrganisationInput: { name: 'Gemeinde Matrix', kind: 'MUNICIPALITY' },
    UpdateOrganisationInput: { population: 1 },
    CreatePartnershipInput: { slug: 'matrix-neu', name: 'Matrix', productName: 'P', governanceModel: 'HYBRID' },
    AddMembershipInput: { partnershipId: ids.partnershipId, organisationId: ids.otherOrganisationId },
    UpdateMembershipInput: { voting: false },
    CreateInvitationInput: { partnershipId: ids.partnershipId, email: 'neu@matrix.example', role: 'OBSERVER' },
    AcceptInvitationInput: { token: 'not-a-real-token' },
    UpdateAccountInput: { displayName: 'Neuer Name' },
    CreateCommitteeInput: {
      partnershipId: ids.partnershipId,
      name: 'Arbeitsgruppe Matrix',
      kind: 'WORKING_GROUP',
      cadence: 'MONTHLY',
    },
    UpdateCommitteeInput: { description: 'neu' },
    SetCommitteeSeatInput: {
      committeeId: ids.committeeId,
      membershipId: ids.membershipId,
      kind: 'VOTING',
      chair: false,
    },
    PlanSessionInput: {
      committeeId: ids.committeeId,
      title: 'Sitzung',
      startsAt: '2030-01-01T10:00:00Z',
      endsAt: '2030-01-01T12:00:00Z',
      agenda: [],
    },
    UpdateSessionInput: { title: 'Neu' },
    AddAgendaItemInput: { sessionId: ids.sessionId, kind: 'INFORMATION', title: 'Punkt' },
    AgendaItemInput: { kind: 'INFORMATION', title: 'Punkt' },
    MoveAgendaItemInput: { id: ids.agendaItemId, position: 1 },
    RecordAttendanceInput: { sessionId: ids.sessionId, membershipId: ids.membershipId, present: true },
    OpenVoteInput: { agendaItemId: ids.agendaItemId, fundamental: false },
    StartWrittenProcedureInput: { committeeIds: [ids.committeeId], title: 'Umlauf', deadline: '2030-01-01T10:00:00Z' },
    CastBallotInput: { voteId: ids.voteId, membershipId: ids.membershipId, choice: 'YES' },
    ApplyForMembershipInput: {
      partnershipId: ids.partnershipId,
      organisationName: 'Gemeinde Antrag',
      organisationKind: 'MUNICIPALITY',
      contactName: 'A',
      contactEmail: 'a@matrix.example',
      statement: 'Bitte',
    },
    PutApplicationToVoteInput: {
      applicationId: ids.applicationId,
      committeeId: ids.committeeId,
      deadline: '2030-01-01T10:00:00Z',
    },
    SetAdmissionInput: { partnershipId: ids.partnershipId, admission: 'DIRECT' },
    SubmitFeatureRequestInput: {
      partnershipId: ids.partnershipId,
      title: 'Anfrage',
      kind: 'FEATURE',
      fundingRoute: 'ALL_MEMBERS',
    },
    MergeFeatureRequestInput: { duplicateId: ids.featureRequestId, originalId: ids.featureRequestId },
    StartInterestSurveyInput: { requestId: ids.featureRequestId },
    DeclareInterestInput: { requestId: ids.featureRequestId, kind: 'SUPPORT' },
    WithdrawInterestInput: { requestId: ids.featureRequestId },
    RecordAssessmentInput: { requestId: ids.featureRequestId, feasible: true, coreCapable: true },
    RecordEstimateInput: { requestId: ids.featureRequestId, effortPersonDays: '1', amountCents: '100' },
    PutRequestToVoteInput: { requestId: ids.featureRequestId, route: 'WRITTEN', deadline: '2030-01-01T10:00:00Z' },
    TransitionFeatureRequestInput: { requestId: ids.featureRequestId, to: 'WITHDRAWN' },
    AddRequestCommentInput: { requestId: ids.featureRequestId, body: 'Kommentar' },
    ChooseWorkflowTemplateInput: { partnershipId: ids.partnershipId, template: 'KODI' },
    UpdateWorkflowInput: {
      partnershipId: ids.partnershipId,
      initialStage: 'A',
      stages: [],
      transitions: [],
      surveyDays: 14,
    },
    UpdateFeeScheduleInput: {
      partnershipId: ids.partnershipId,
      baseYear: 2026,
      tiers: [{ label: 'Alle', kinds: ['MUNICIPALITY'], amountCents: '100000' }],
    },
    RunFeesInput: { partnershipId: ids.partnershipId, year: 2026 },
    RecordPaymentInput: {
      partnershipId: ids.partnershipId,
      organisationId: ids.organisationId,
      amountCents: '100',
      receivedOn: '2026-01-01',
    },
    ReverseLedgerTransactionInput: {
      transactionId: ids.ledgerTransactionId,
      reason: 'Falsch gebucht',
      bookedOn: '2030-01-01',
    },
  };
  Object.assign(fixtures, {
    CreateFundPurposeInput: { partnershipId: ids.partnershipId, labelDe: 'Barrierefreiheit', labelEn: 'Accessibility' },
    UpdateFundPurposeInput: { id: ids.fundPurposeId, labelDe: 'Neu' },
    UpdateFundSettingsInput: { partnershipId: ids.partnershipId, minimumContributionCents: '50000' },
    RecordFundContributionInput: {
      partnershipId: ids.partnershipId,
      organisationId: ids.organisationId,
      year: 2026,
      amountCents: '100000',
      receivedOn: '2026-03-01',
    },
    ProposeFundAllocationInput: {
      partnershipId: ids.partnershipId,
      purposeId: ids.fundPurposeId,
      title: 'Fehler',
      amountCents: '100',
      committeeIds: [ids.committeeId],
      deadline: '2030-01-01T10:00:00Z',
    },
    RecordFundDisbursementInput: {
      allocationId: ids.fundAllocationId,
      providerOrganisationId: ids.organisationId,
      amountCents: '100',
      paidOn: '2026-03-01',
    },
  });
  Object.assign(fixtures, {
    PreviewCostSplitInput: {
      partnershipId: ids.partnershipId,
      method: 'EQUAL',
      totalCents: '100',
      participants: [{ organisationId: ids.organisationId }],
    },
    CreateCostAgreementInput: {
      partnershipId: ids.partnershipId,
      featureRequestId: ids.featureRequestId,
      method: 'EQUAL',
    },
    DeclineCostContractInput: { id: ids.costContractId, reason: 'Kein Haushalt' },
    ResplitCostAgreementInput: { id: ids.costAgreementId, reason: 'Neu aufteilen' },
    CreateModuleInput: { partnershipId: ids.partnershipId, name: 'Modul Matrix' },
    UpdateModuleInput: { id: ids.moduleId, name: 'Modul Neu' },
    SetModuleUseInput: { moduleId: ids.moduleId, organisationId: ids.organisationId, inUse: true },
    RenewRecurringAgreementsInput: { partnershipId: ids.partnershipId, year: 2030 },
    RecordProviderPaymentInput: { agreementId: ids.costAgreementId, amountCents: '100', paidOn: '2030-01-01' },
    SetLegalPageInput: { kind: 'IMPRINT', language: 'DE', body: 'Impressum' },
  });
  if (!fixtures[type])
    throw new Error(`The access matrix needs an input fixture for ${type}: add one to access-matrix.int-spec.ts`);
  return fixtures[type];
}

const idFor: Record<string, keyof Ids> = {
  'Query.organisation': 'organisationId',
  'Mutation.updateOrganisation': 'organisationId',
  'Mutation.updateMembership': 'membershipId',
  'Mutation.revokeInvitation': 'invitationId',
  'Mutation.removeRole': 'roleId',
  'Query.committee': 'committeeId',
  'Query.committeeSession': 'sessionId',
  'Query.vote': 'voteId',
  'Query.decision': 'decisionId',
  'Mutation.updateCommittee': 'committeeId',
  'Mutation.endCommitteeSeat': 'seatId',
  'Mutation.updateSession': 'sessionId',
  'Mutation.sendSessionInvitations': 'sessionId',
  'Mutation.startSession': 'sessionId',
  'Mutation.closeSession': 'sessionId',
  'Mutation.cancelSession': 'sessionId',
  'Mutation.recordAllPresent': 'sessionId',
  'Mutation.clearAttendance': 'sessionId',
  'Mutation.approveMinutes': 'sessionId',
  'Mutation.updateAgendaItem': 'agendaItemId',
  'Mutation.removeAgendaItem': 'agendaItemId',
  'Mutation.writeMinutes': 'agendaItemId',
  'Mutation.setAgendaItemPublic': 'agendaItemId',
  'Mutation.closeVote': 'voteId',
  'Mutation.cancelVote': 'voteId',
  'Mutation.admitApplication': 'applicationId',
  'Mutation.rejectApplication': 'applicationId',
  'Query.featureRequest': 'featureRequestId',
  'Query.costAgreement': 'costAgreementId',
  'Mutation.sendCostAgreement': 'costAgreementId',
  'Mutation.signCostContract': 'costContractId',
  'Mutation.subscribeToFeatureRequest': 'featureRequestId',
  'Mutation.unsubscribeFromFeatureRequest': 'featureRequestId',
};

function call(
  root: 'Query' | 'Mutation',
  field: GraphQLField<unknown, unknown>,
  ids: Ids,
): { query: string; variables: Record<string, unknown> } {
  const name = `${root}.${field.name}`;
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    const type = getNamedType(arg.type);
    if (type instanceof GraphQLInputObjectType) variables[arg.name] = inputFixture(type.name, ids);
    else if (arg.name === 'id') variables.id = ids[idFor[name] ?? 'partnershipId'];
    else if (arg.name === 'slug') variables.slug = ids.slug;
    else if (arg.name === 'email') variables.email = 'someone@matrix.example';
    else if (/password/i.test(arg.name)) variables[arg.name] = 'a long enough password';
    else if (arg.name === 'token') variables.token = 'not-a-real-token';
    else if (arg.name === 'inSessionId') variables.inSessionId = ids.sessionId;
    else if (arg.name === 'minutes') variables.minutes = 'Protokoll';
    else if (arg.name === 'public') variables.public = false;
    else if (arg.name === 'text') variables.text = 'Kartenansicht';
    else if (arg.name === 'sequence') variables.sequence = 1;
    else if (arg.name === 'hash') variables.hash = '0'.repeat(64);
    else if (arg.name === 'partnershipId' && field.name.startsWith('fee')) variables.partnershipId = ids.partnershipId;
    else if (arg.name === 'year' && field.name.startsWith('fee')) variables.year = 2026;
    else if (arg.name === 'partnershipId') variables.partnershipId = ids.partnershipId;
    else if (arg.name === 'organisationId') variables.organisationId = ids.organisationId;
    else if (arg.name === 'year') variables.year = 2027;
    else if (arg.defaultValue === undefined && arg.type.toString().endsWith('!')) {
      throw new Error(`The access matrix needs a value for ${name}(${arg.name}): add one to access-matrix.int-spec.ts`);
    }
  }
  const signature = field.args.filter((a) => a.name in variables).map((a) => `$${a.name}: ${a.type}`);
  const passed = field.args.filter((a) => a.name in variables).map((a) => `${a.name}: $${a.name}`);
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `${root.toLowerCase()}${signature.length ? `(${signature.join(', ')})` : ''} { ${field.name}${passed.length ? `(${passed.join(', ')})` : ''}${selection} }`;
  return { query, variables };
}

const operations = (['Query', 'Mutation'] as const).flatMap((root) =>
  Object.values((schema.getType(root) as GraphQLObjectType).getFields()).map((field) => ({
    root,
    field,
    name: `${root}.${field.name}`,
  })),
);

describe('access matrix (generated from server/schema.gql)', () => {
  let t: TestApp;
  let ids: Ids;
  let outsider: string;

  beforeAll(async () => {
    t = await createTestApp();
    const partnership = await createPartnership(t, { slug: 'matrix-verbund', publicTransparency: false });
    const organisation = await createOrganisation(t, { name: 'Stadt Matrix' });
    const other = await createOrganisation(t, { name: 'Stadt Außen' });
    const membership = await addMember(t, partnership.id, organisation.id);
    const invitation = await t.gql<{ createInvitation: { id: string } }>(
      `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { id } }`,
      { input: { partnershipId: partnership.id, email: 'eingeladen@matrix.example', role: 'TREASURER' } },
    );
    await t.createUser('kasse@matrix.example', { roles: [{ partnershipId: partnership.id, role: 'TREASURER' }] });
    const [treasurerRole] = await t.dataSource.query(
      `SELECT r.id FROM partnership_roles r JOIN users u ON u.id = r.user_id WHERE u.email = 'kasse@matrix.example'`,
    );
    ids = {
      slug: partnership.slug,
      partnershipId: partnership.id,
      organisationId: organisation.id,
      otherOrganisationId: other.id,
      membershipId: membership.data!.addMembership.id,
      roleId: treasurerRole.id,
      invitationId: invitation.data!.createInvitation.id,
    } as Ids;
    // A committee with a seat, a session in progress with a decision item and an open vote, and a joint decision.
    const committee = await t.gql<{ createCommittee: { id: string; seats: { id: string }[] } }>(
      `mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { id seats { id } } }`,
      { input: { partnershipId: partnership.id, name: 'Versammlung', kind: 'GENERAL_ASSEMBLY', cadence: 'YEARLY' } },
    );
    const second = await t.gql<{ createCommittee: { id: string } }>(
      `mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`,
      {
        input: { partnershipId: partnership.id, name: 'Technik', kind: 'TECHNICAL_COMMITTEE', cadence: 'QUARTERLY' },
      },
    );
    const committeeId = committee.data!.createCommittee.id;
    const session = await t.gql<{ planSession: { id: string; agenda: { id: string }[] } }>(
      `mutation($input: PlanSessionInput!) { planSession(input: $input) { id agenda { id } } }`,
      {
        input: {
          committeeId,
          title: 'Sitzung',
          startsAt: new Date(Date.now() - 3600_000).toISOString(),
          endsAt: new Date(Date.now() + 3600_000).toISOString(),
          agenda: [{ kind: 'DECISION', title: 'Beschluss' }],
        },
      },
    );
    const sessionId = session.data!.planSession.id;
    await t.gql(`mutation($id: ID!) { startSession(id: $id) { id } }`, { id: sessionId });
    await t.gql(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
      input: { sessionId, membershipId: membership.data!.addMembership.id, present: true },
    });
    const vote = await t.gql<{ openVote: { id: string } }>(
      `mutation($input: OpenVoteInput!) { openVote(input: $input) { id } }`,
      {
        input: { agendaItemId: session.data!.planSession.agenda[0].id, fundamental: false },
      },
    );
    const written = await t.gql<{ startWrittenProcedure: { decision: { id: string } }[] }>(
      `mutation($input: StartWrittenProcedureInput!) { startWrittenProcedure(input: $input) { decision { id } } }`,
      {
        input: {
          committeeIds: [committeeId, second.data!.createCommittee.id],
          title: 'Gemeinsam',
          deadline: new Date(Date.now() + 86400_000).toISOString(),
        },
      },
    );
    ids.committeeId = committeeId;
    ids.seatId = committee.data!.createCommittee.seats[0].id;
    ids.sessionId = sessionId;
    ids.agendaItemId = session.data!.planSession.agenda[0].id;
    ids.voteId = vote.data!.openVote.id;
    ids.decisionId = written.data!.startWrittenProcedure[0].decision.id;
    const applied = await t.gql<{ applyForMembership: { id: string } }>(
      `mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id } }`,
      {
        input: {
          partnershipId: partnership.id,
          organisationName: 'Gemeinde Bewerbung',
          organisationKind: 'MUNICIPALITY',
          contactName: 'B',
          contactEmail: 'b@matrix.example',
          statement: 'Gern',
        },
      },
    );
    ids.applicationId = applied.data!.applyForMembership.id;
    const request = await t.gql<{ submitFeatureRequest: { id: string } }>(
      `mutation($input: SubmitFeatureRequestInput!) { submitFeatureRequest(input: $input) { id } }`,
      {
        input: { partnershipId: partnership.id, title: 'Kartenansicht', kind: 'FEATURE', fundingRoute: 'ALL_MEMBERS' },
      },
    );
    ids.featureRequestId = request.data!.submitFeatureRequest.id;
    // A fee invoice on the ledger, booked directly as the seeds do: the reversal the matrix tries needs one.
    const [ledgerTransaction] = await t.dataSource.query(
      `INSERT INTO ledger_transactions (partnership_id, kind, booked_on, description, counterparty_organisation_id) VALUES ($1, 'FEE_INVOICE', '2027-01-15', 'Beitrag 2027', $2) RETURNING id`,
      [partnership.id, organisation.id],
    );
    ids.ledgerTransactionId = ledgerTransaction.id;
    // The fund's purposes (created on first read) and a proposed allocation, for the operations that take their ids.
    const purposes = await t.gql<{ fundPurposes: { id: string }[] }>(
      `query($p: ID!) { fundPurposes(partnershipId: $p) { id } }`,
      { p: partnership.id },
    );
    ids.fundPurposeId = purposes.data!.fundPurposes[0].id;
    const [allocation] = await t.dataSource.query(
      `INSERT INTO fund_allocations (partnership_id, purpose_id, title, amount_cents) VALUES ($1, $2, 'Matrix', 100) RETURNING id`,
      [partnership.id, ids.fundPurposeId],
    );
    ids.fundAllocationId = allocation.id;
    // A module and a draft cost agreement with one contract, for the operations that take their ids.
    const [module] = await t.dataSource.query(
      `INSERT INTO modules (partnership_id, name) VALUES ($1, 'Modul Matrix Alt') RETURNING id`,
      [partnership.id],
    );
    ids.moduleId = module.id;
    const [agreement] = await t.dataSource.query(
      `INSERT INTO cost_agreements (partnership_id, feature_request_id, title, total_cents, provider_organisation_id) VALUES ($1, $2, 'Matrix', 100, $3) RETURNING id`,
      [partnership.id, ids.featureRequestId, organisation.id],
    );
    ids.costAgreementId = agreement.id;
    const [contract] = await t.dataSource.query(
      `INSERT INTO cost_contracts (agreement_id, partnership_id, organisation_id, version) VALUES ($1, $2, $3, 1) RETURNING id`,
      [agreement.id, partnership.id, organisation.id],
    );
    ids.costContractId = contract.id;
    outsider = await t.createUser('fremd@matrix.example');
  });
  afterAll(() => t.close());

  it('covers every operation, and every PUBLIC entry still exists', () => {
    const names = new Set(operations.map((o) => o.name));
    expect(operations.length).toBeGreaterThan(20);
    for (const name of [...Object.keys(PUBLIC), ...SIGNED_IN]) expect(names).toContain(name);
  });

  it.each(operations.filter((o) => !(o.name in PUBLIC)).map((o) => [o.name, o] as const))(
    '%s: signed out gets UNAUTHENTICATED',
    async (_name, op) => {
      const { query, variables } = call(op.root, op.field, ids);
      const body = await t.gqlAs(null, query, variables);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  );

  it.each(operations.filter((o) => !(o.name in PUBLIC) && !SIGNED_IN.has(o.name)).map((o) => [o.name, o] as const))(
    '%s: a person with no role there gets FORBIDDEN',
    async (_name, op) => {
      const { query, variables } = call(op.root, op.field, ids);
      const body = await t.gqlAs(outsider, query, variables);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    },
  );

  it('keeps a partnership without public pages closed: signed out UNAUTHENTICATED, outsider FORBIDDEN, and tells nothing', async () => {
    const query = `query($slug: String!) { partnership(slug: $slug) { name members { organisation { name } } } }`;
    const anonymous = await t.gqlAs(null, query, { slug: ids.slug });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const stranger = await t.gqlAs(outsider, query, { slug: ids.slug });
    expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const body of [anonymous, stranger]) {
      expect(body.data).toBeNull();
      expect(JSON.stringify(body)).not.toContain('Stadt Matrix');
    }
    const list = await t.gqlAs<{ partnerships: { nodes: { slug: string }[] } }>(
      outsider,
      `{ partnerships(first: 100) { nodes { slug } } }`,
    );
    expect(list.data?.partnerships.nodes.map((p) => p.slug)).not.toContain(ids.slug);
  });
});
