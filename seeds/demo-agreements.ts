/**
 * The demo cost-sharing agreements and module catalogue (seed-agreements.ts writes them). Pure: every share
 * comes from the same allocate.ts the portal splits with, every posting from the ledger's posting rules.
 *
 * - Offene Datenplattform: “Modul Parkraumsensorik” was decided by the assembly and financed: an agreement
 *   among the members that declared interest, every contract signed, the shares posted on the day it was
 *   financed.
 * - Dorf-App: the co-funders of “Mitfahrbank: Benachrichtigung bei Mitfahrangeboten” share its offer by the
 *   amounts they pledged; the contracts are out, one is signed, the others (the demo representative's
 *   among them) wait — the representative's journey can be walked.
 * - Dorf-App's module catalogue (OSCA: a module's maintenance is borne by its users): this year's split of
 *   the Mängelmelder's maintenance was posted among three users, then a fourth joined and the year was
 *   split again — the first posting reversed, the new one posted, every share lower.
 */
import { largestRemainder, Share, splitCost, SplitMethod } from '../server/src/finance/agreements/allocate';
import {
  accountCode,
  AccountRef,
  costSharePosting,
  Posting,
  reversalPosting,
} from '../server/src/finance/ledger/ledger';
import { Role } from '../server/src/common/auth/permissions';
import { MessageRef, msg } from '../server/src/common/i18n/messages';
import { DemoCommitteePlan } from './demo-committees';
import { demoMemberships, demoPartnerships } from './demo-data';
import { demoRequestPlan, DemoRequest } from './demo-requests';
import { demoRoles } from './demo-users';

const uuid = (prefix: string, n: number): string => `${prefix}-0000-4000-8000-${n.toString().padStart(12, '0')}`;
export const agreementIds = {
  agreement: (n: number) => uuid('a1000000', n),
  version: (n: number, v: number) => uuid('a2000000', n * 100 + v),
  contract: (n: number, membershipNo: number) => uuid('a3000000', n * 1000 + membershipNo),
  module: (n: number) => uuid('a4000000', n),
  use: (n: number, membershipNo: number) => uuid('a5000000', n * 1000 + membershipNo),
  transaction: (n: number, i: number) => uuid('a6000000', n * 100 + i),
};

export interface DemoEntry {
  code: string;
  kind: AccountRef['kind'];
  organisationId: string | null;
  amountCents: bigint;
}

export interface DemoCostTransaction {
  id: string;
  kind: 'COST_SHARE' | 'REVERSAL';
  bookedOn: string;
  /** The booking text as the portal writes it: a message, rendered per reader. */
  description: MessageRef;
  sourceId: string;
  reversesId: string | null;
  entries: DemoEntry[];
}

export interface DemoAgreementVersion {
  id: string;
  version: number;
  method: SplitMethod;
  /** '' for a split nobody gave a reason for; a module's split redone has the portal's own message. */
  reason: string | MessageRef;
  transactionId: string | null;
  createdAt: Date;
  shares: Share[];
}

export interface DemoContract {
  id: string;
  organisationId: string;
  version: number;
  status: 'SENT' | 'SIGNED';
  sentAt: Date;
  decidedAt: Date | null;
  decidedByUserId: string | null;
}

export interface DemoAgreement {
  id: string;
  partnershipId: string;
  featureRequestId: string | null;
  moduleId: string | null;
  title: string;
  totalCents: bigint;
  status: 'SENT' | 'FINANCED';
  providerOrganisationId: string;
  recurring: boolean;
  year: number | null;
  financedAt: Date | null;
  createdAt: Date;
  versions: DemoAgreementVersion[];
  contracts: DemoContract[];
  transactions: DemoCostTransaction[];
}

export interface DemoModule {
  id: string;
  partnershipId: string;
  name: string;
  description: string;
  annualCostCents: bigint | null;
  providerOrganisationId: string | null;
  uses: { id: string; organisationId: string; since: string; until: string | null }[];
}

export interface DemoAgreementPlan {
  agreements: DemoAgreement[];
  modules: DemoModule[];
}

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const partnership = (slug: string) => demoPartnerships.find((p) => p.slug === slug)!;
const organisationOf = (membershipId: string) => demoMemberships.find((m) => m.id === membershipId)!.organisationId;
const membershipNo = (membershipId: string) => Number(membershipId.slice(-12));
const byNo = (n: number) => demoMemberships.find((m) => membershipNo(m.id) === n)!;
const representativeOf = (partnershipId: string, organisationId: string) =>
  demoRoles.find(
    (r) => r.partnershipId === partnershipId && r.role === Role.REPRESENTATIVE && r.organisationId === organisationId,
  )?.userId ?? null;

function entriesOf(postings: readonly Posting[]): DemoEntry[] {
  return postings.map((p) => ({
    code: accountCode(p.account),
    kind: p.account.kind,
    organisationId: 'organisationId' in p.account ? p.account.organisationId : null,
    amountCents: p.amountCents,
  }));
}

function costShare(
  id: string,
  agreementId: string,
  title: string,
  version: number,
  bookedOn: string,
  provider: string,
  shares: readonly Share[],
): DemoCostTransaction {
  const owing = shares
    .filter((s) => s.amountCents > 0n)
    .map((s) => ({ organisationId: s.organisationId, amountCents: s.amountCents }));
  return {
    id,
    kind: 'COST_SHARE',
    bookedOn,
    description: msg('records.ledger.costShare', { title, version }),
    sourceId: agreementId,
    reversesId: null,
    entries: entriesOf(costSharePosting(provider, owing)),
  };
}

function findRequest(requests: DemoRequest[], slug: string, title: string): DemoRequest {
  const request = requests.find((r) => r.partnershipId === partnership(slug).id && r.title === title);
  if (!request) throw new Error(`demo agreements: no demo request “${title}” in ${slug}`);
  return request;
}

/** The whole plan for the day the seed runs; pure apart from reading the other demo data. */
export function demoAgreementPlan(now: Date = new Date(), committees?: DemoCommitteePlan): DemoAgreementPlan {
  const requests = demoRequestPlan(now, committees).requests;
  const plan: DemoAgreementPlan = { agreements: [], modules: [] };

  // 1. Offene Datenplattform: financed, everyone signed.
  {
    const n = 1;
    const p = partnership('offene-datenplattform');
    const request = findRequest(requests, 'offene-datenplattform', 'Modul Parkraumsensorik');
    const financedAt = request.financedAt as Date;
    const id = agreementIds.agreement(n);
    const total = BigInt(request.amountCents as string);
    const provider = (request.providerOrganisationId ?? p.productOwnerOrganisationId) as string;
    const members = request.interest.map((d) => d.membershipId);
    const shares = splitCost(
      total,
      'EQUAL',
      members.map((m) => ({ organisationId: organisationOf(m) })),
    );
    const sentAt = new Date(financedAt.getTime() - 12 * DAY);
    const title = `Kostenteilung #${request.number} ${request.title}`;
    const transaction = costShare(agreementIds.transaction(n, 1), id, title, 1, isoDay(financedAt), provider, shares);
    plan.agreements.push({
      id,
      partnershipId: p.id,
      featureRequestId: request.id,
      moduleId: null,
      title,
      totalCents: total,
      status: 'FINANCED',
      providerOrganisationId: provider,
      recurring: false,
      year: null,
      financedAt,
      createdAt: new Date(sentAt.getTime() - 2 * DAY),
      versions: [
        {
          id: agreementIds.version(n, 1),
          version: 1,
          method: 'EQUAL',
          reason: '',
          transactionId: transaction.id,
          createdAt: new Date(sentAt.getTime() - 2 * DAY),
          shares,
        },
      ],
      contracts: members.map((m, i) => ({
        id: agreementIds.contract(n, membershipNo(m)),
        organisationId: organisationOf(m),
        version: 1,
        status: 'SIGNED',
        sentAt,
        // The last signature is the day it was financed.
        decidedAt: i === members.length - 1 ? financedAt : new Date(sentAt.getTime() + (i + 1) * 2 * DAY),
        decidedByUserId: representativeOf(p.id, organisationOf(m)),
      })),
      transactions: [transaction],
    });
  }

  // 2. Dorf-App: the co-funders share the offer by what they pledged; one signed, the rest pending.
  {
    const n = 2;
    const p = partnership('dorf-app');
    const request = findRequest(requests, 'dorf-app', 'Mitfahrbank: Benachrichtigung bei Mitfahrangeboten');
    const id = agreementIds.agreement(n);
    const total = BigInt(request.amountCents as string);
    const provider = (request.providerOrganisationId ?? p.productOwnerOrganisationId) as string;
    const coFunders = request.interest.filter((d) => d.kind === 'WILL_CO_FUND');
    const shares = splitCost(
      total,
      'FIXED',
      coFunders.map((d) => ({
        organisationId: organisationOf(d.membershipId),
        amountCents: BigInt(d.coFundUpToCents as string),
      })),
    );
    const sentAt = new Date(now.getTime() - 6 * DAY);
    const representative = demoRoles.find(
      (r) => r.partnershipId === p.id && r.role === Role.REPRESENTATIVE,
    )?.organisationId;
    const signer = coFunders.find((d) => organisationOf(d.membershipId) !== representative)!;
    plan.agreements.push({
      id,
      partnershipId: p.id,
      featureRequestId: request.id,
      moduleId: null,
      title: `Kostenteilung #${request.number} ${request.title}`,
      totalCents: total,
      status: 'SENT',
      providerOrganisationId: provider,
      recurring: false,
      year: null,
      financedAt: null,
      createdAt: new Date(sentAt.getTime() - DAY),
      versions: [
        {
          id: agreementIds.version(n, 1),
          version: 1,
          method: 'FIXED',
          reason: '',
          transactionId: null,
          createdAt: new Date(sentAt.getTime() - DAY),
          shares,
        },
      ],
      contracts: coFunders.map((d) => {
        const signed = d === signer;
        return {
          id: agreementIds.contract(n, membershipNo(d.membershipId)),
          organisationId: organisationOf(d.membershipId),
          version: 1,
          status: signed ? 'SIGNED' : 'SENT',
          sentAt,
          decidedAt: signed ? new Date(sentAt.getTime() + 2 * DAY) : null,
          decidedByUserId: signed ? representativeOf(p.id, organisationOf(d.membershipId)) : null,
        };
      }),
      transactions: [],
    });
  }

  // 3. Dorf-App's catalogue, and this year's maintenance split of the Mängelmelder, redone as a fourth user joined.
  {
    const p = partnership('dorf-app');
    const provider = p.productOwnerOrganisationId as string;
    const year = now.getUTCFullYear();
    const firstDay = `${year}-01-01`;
    // Ten days ago, but within this year and after its first day (on 1 January that is tomorrow).
    const tenDaysAgo = isoDay(new Date(now.getTime() - 10 * DAY));
    const joinedOn = tenDaysAgo > `${year}-01-02` ? tenDaysAgo : `${year}-01-02`;
    const use = (module: number, no: number, since: string, until: string | null = null) => ({
      id: agreementIds.use(module, no),
      organisationId: byNo(no).organisationId,
      since,
      until,
    });
    plan.modules.push(
      {
        id: agreementIds.module(1),
        partnershipId: p.id,
        name: 'Mängelmelder',
        description: 'Bürgerinnen und Bürger melden Schäden im Ort mit Foto und Standort an die Verwaltung.',
        annualCostCents: 1_200_000n,
        providerOrganisationId: provider,
        uses: [use(1, 302, '2021-03-01'), use(1, 304, '2022-05-01'), use(1, 308, '2024-02-01'), use(1, 306, joinedOn)],
      },
      {
        id: agreementIds.module(2),
        partnershipId: p.id,
        name: 'Dorfkalender',
        description: 'Veranstaltungen von Gemeinde und Vereinen in einem Kalender, mit Abo-Link (iCalendar).',
        annualCostCents: 600_000n,
        providerOrganisationId: provider,
        uses: [
          use(2, 302, '2020-06-01'),
          use(2, 303, '2021-09-01'),
          use(2, 305, '2022-04-01', '2024-12-31'),
          use(2, 307, '2023-07-01'),
        ],
      },
      {
        id: agreementIds.module(3),
        partnershipId: p.id,
        name: 'Mitfahrbank',
        description: 'Digitale Mitfahrbank: Fahrten anbieten und finden, Ortsteil für Ortsteil.',
        annualCostCents: null,
        providerOrganisationId: provider,
        uses: [use(3, 305, '2023-01-15')],
      },
    );
    const n = 3;
    const id = agreementIds.agreement(n);
    const module = plan.modules[0];
    const title = `Wartung ${module.name} ${year}`;
    const users = (on: string) =>
      module.uses
        .filter((u) => u.since <= on && (u.until === null || u.until > on))
        .map((u) => ({ organisationId: u.organisationId, weight: 1n }))
        .sort((a, b) => (a.organisationId < b.organisationId ? -1 : 1));
    const before = largestRemainder(module.annualCostCents as bigint, users(firstDay));
    const after = largestRemainder(module.annualCostCents as bigint, users(joinedOn));
    const first = costShare(agreementIds.transaction(n, 1), id, title, 1, firstDay, provider, before);
    const useStarted = msg('records.modules.useStarted', { member: 'Oberfichtach', date: joinedOn });
    const reversal: DemoCostTransaction = {
      id: agreementIds.transaction(n, 2),
      kind: 'REVERSAL',
      bookedOn: joinedOn,
      description: msg('records.ledger.reversal', { reason: useStarted }),
      sourceId: id,
      reversesId: first.id,
      entries: entriesOf(
        reversalPosting(
          costSharePosting(
            provider,
            before.map((s) => ({ organisationId: s.organisationId, amountCents: s.amountCents })),
          ),
        ),
      ),
    };
    const second = costShare(agreementIds.transaction(n, 3), id, title, 2, joinedOn, provider, after);
    plan.agreements.push({
      id,
      partnershipId: p.id,
      featureRequestId: null,
      moduleId: module.id,
      title,
      totalCents: module.annualCostCents as bigint,
      status: 'FINANCED',
      providerOrganisationId: provider,
      recurring: true,
      year,
      financedAt: new Date(`${firstDay}T08:00:00Z`),
      createdAt: new Date(`${firstDay}T08:00:00Z`),
      versions: [
        {
          id: agreementIds.version(n, 1),
          version: 1,
          method: 'EQUAL',
          reason: msg('records.modules.yearlySplit', { year }),
          transactionId: first.id,
          createdAt: new Date(`${firstDay}T08:00:00Z`),
          shares: before,
        },
        {
          id: agreementIds.version(n, 2),
          version: 2,
          method: 'EQUAL',
          reason: useStarted,
          transactionId: second.id,
          createdAt: new Date(`${joinedOn}T09:00:00Z`),
          shares: after,
        },
      ],
      contracts: [],
      transactions: [first, reversal, second],
    });
  }
  return plan;
}
