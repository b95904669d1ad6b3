/**
 * The Geoportal-Verbund's development fund (Masterportal's Entwicklungsfonds) as demo data: the five default
 * purposes, contributions 2023–2026 from several members and from Stadt Silberau (not a member: anyone
 * may contribute), some earmarked; two allocations approved by closed written procedures of the strategic
 * committee, and disbursements to the Datenzentrale against them.
 *
 * Pure: the plan and each ledger transaction's entries (from the same posting rules the fund service
 * uses, so every transaction balances); seed-fund.ts writes it. Ids are fixed (prefixes f1… to f7…).
 * Every name and figure is invented.
 */
import {
  allocationPosting,
  contributionPosting,
  disbursementPosting,
  Posting,
  accountCode,
} from '../server/src/finance/ledger/ledger';
import { MessageRef, msg } from '../server/src/common/i18n/messages';
import { eurosText } from '../server/src/common/money';
import { allocationSources, defaultPurposes } from '../server/src/finance/fund/fund-rules';
import { SeatKind } from '../server/src/committees/committee-enums';
import { CloseReason, VoteProcedure, VoteStatus } from '../server/src/votes/vote-enums';
import { demoMemberships, demoOrganisations, demoPartnerships } from './demo-data';
import { DemoCommitteePlan, demoReceipt, DemoVote } from './demo-committees';

const uuid = (prefix: string, n: number): string => `${prefix}-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const ids = {
  purpose: (i: number) => uuid('f1000000', 200 + i),
  contribution: (n: number) => uuid('f2000000', n),
  transaction: (n: number) => uuid('f3000000', n),
  allocation: (n: number) => uuid('f4000000', n),
  vote: (n: number) => uuid('f5000000', n),
  ballot: (vote: number, i: number) => uuid('f6000000', vote * 1000 + i),
  disbursement: (n: number) => uuid('f7000000', n),
};

const org = (name: string): string => {
  const found = demoOrganisations.find((o) => o.name === name);
  if (!found) throw new Error(`the demo fund names ${name}, which the demo data does not have`);
  return found.id;
};

export interface DemoLedgerTransaction {
  id: string;
  kind: 'FUND_CONTRIBUTION' | 'FUND_ALLOCATION' | 'FUND_DISBURSEMENT';
  bookedOn: string;
  /** The booking text as the portal writes it: a message, rendered per reader. */
  description: MessageRef;
  counterpartyOrganisationId: string | null;
  sourceType: 'FUND_CONTRIBUTION' | 'FUND_ALLOCATION';
  sourceId: string;
  /** Account code (as ledger.ts names it) and cents; the writer finds or opens the accounts. */
  entries: {
    code: string;
    kind: string;
    organisationId: string | null;
    purposeId: string | null;
    amountCents: bigint;
  }[];
}

export interface DemoFundPlan {
  partnershipId: string;
  minimumContributionCents: bigint;
  purposes: { id: string; key: string; labelDe: string; labelEn: string; position: number }[];
  contributions: {
    id: string;
    organisationId: string;
    purposeId: string | null;
    year: number;
    amountCents: bigint;
    receivedOn: string;
    transactionId: string;
  }[];
  allocations: {
    id: string;
    purposeId: string;
    title: string;
    description: string;
    amountCents: bigint;
    voteId: string;
    decidedAt: Date;
    transactionId: string;
  }[];
  votes: (DemoVote & { subjectId: string })[];
  disbursements: {
    id: string;
    allocationId: string;
    providerOrganisationId: string;
    amountCents: bigint;
    paidOn: string;
    transactionId: string;
  }[];
  transactions: DemoLedgerTransaction[];
}

/** Who contributes from which year, how much (rising by 50 EUR a year) and earmarked to which purpose. */
const contributors: { name: string; baseCents: bigint; purpose: string | null; from: number }[] = [
  { name: 'Landesamt für Geobasisdaten und Raumbeobachtung', baseCents: 1_000_000n, purpose: null, from: 2023 },
  { name: 'Stadt Lindenfeld', baseCents: 250_000n, purpose: 'issue-fixes', from: 2023 },
  { name: 'Stadt Kranichsfurt', baseCents: 200_000n, purpose: null, from: 2023 },
  { name: 'Hansestadt Störmünde', baseCents: 150_000n, purpose: 'lts-security', from: 2023 },
  { name: 'Landkreis Mittelhaide', baseCents: 100_000n, purpose: 'documentation', from: 2023 },
  { name: 'Stadt Lerchenstein', baseCents: 120_000n, purpose: null, from: 2024 },
  // Not a member of the Geoportal-Verbund: contributes to the feature requests it wants to see.
  { name: 'Stadt Silberau', baseCents: 300_000n, purpose: 'feature-requests', from: 2024 },
];

function postingsToEntries(postings: Posting[]): DemoLedgerTransaction['entries'] {
  return postings.map((p) => ({
    code: accountCode(p.account),
    kind: p.account.kind,
    organisationId: p.account.kind === 'RECEIVABLE' || p.account.kind === 'PAYABLE' ? p.account.organisationId : null,
    purposeId: p.account.kind === 'FUND' || p.account.kind === 'ALLOCATED' ? p.account.purposeId : null,
    amountCents: p.amountCents,
  }));
}

export function demoFundPlan(committees: Pick<DemoCommitteePlan, 'committees' | 'seats'>): DemoFundPlan {
  const partnership = demoPartnerships.find((p) => p.slug === 'geoportal-verbund');
  if (!partnership) throw new Error('no demo partnership geoportal-verbund');
  const purposes = defaultPurposes.map((p, i) => ({
    id: ids.purpose(i + 1),
    key: p.key,
    labelDe: p.labelDe,
    labelEn: p.labelEn,
    position: i + 1,
  }));
  const purposeId = (key: string) => (purposes.find((p) => p.key === key) as { id: string }).id;
  const plan: DemoFundPlan = {
    partnershipId: partnership.id,
    minimumContributionCents: 100_000n,
    purposes,
    contributions: [],
    allocations: [],
    votes: [],
    disbursements: [],
    transactions: [],
  };
  let tx = 0;

  let n = 0;
  for (let year = 2023; year <= 2026; year++) {
    contributors.forEach((c, i) => {
      if (year < c.from) return;
      n += 1;
      tx += 1;
      const id = ids.contribution(n);
      const transactionId = ids.transaction(tx);
      const amountCents = c.baseCents + BigInt(year - 2023) * 5_000n;
      const pid = c.purpose ? purposeId(c.purpose) : null;
      const receivedOn = `${year}-03-${String(10 + i).padStart(2, '0')}`;
      const organisationId = org(c.name);
      plan.contributions.push({ id, organisationId, purposeId: pid, year, amountCents, receivedOn, transactionId });
      const purpose = c.purpose ? purposes.find((p) => p.id === pid) : undefined;
      plan.transactions.push({
        id: transactionId,
        kind: 'FUND_CONTRIBUTION',
        bookedOn: receivedOn,
        description: purpose
          ? msg('records.ledger.fundContributionEarmarked', {
              year,
              contributor: c.name,
              purpose: { de: purpose.labelDe, en: purpose.labelEn },
            })
          : msg('records.ledger.fundContribution', { year, contributor: c.name }),
        counterpartyOrganisationId: organisationId,
        sourceType: 'FUND_CONTRIBUTION',
        sourceId: id,
        entries: postingsToEntries(contributionPosting(pid, amountCents)),
      });
    });
  }

  // Allocations, each decided by a closed written procedure of the strategic committee.
  const committee = committees.committees.find((c) => c.partnershipId === partnership.id && c.votes);
  if (!committee) throw new Error('the Geoportal-Verbund has no voting committee in the demo committees');
  const entitled = committees.seats
    .filter((s) => s.committeeId === committee.id && s.kind === SeatKind.VOTING)
    .map((s) => {
      const m = demoMembershipOf(s.membershipId);
      return {
        membershipId: m.id,
        organisationId: m.organisationId,
        weight: m.voteWeight,
        vetoHolder: m.vetoRight,
        chair: s.chair,
      };
    })
    .sort((a, b) => a.membershipId.localeCompare(b.membershipId));
  const provider = org('Datenzentrale Küstenländer AöR');
  const stories = [
    {
      key: 'issue-fixes',
      title: 'Fehlerbehebungen 2025 (Sammelauftrag)',
      amountCents: 900_000n,
      openedAt: '2025-03-31T08:00:00Z',
      closedAt: '2025-04-14T16:00:00Z',
      paid: [{ on: '2025-09-30', cents: 600_000n }],
    },
    {
      key: 'lts-security',
      title: 'Sicherheitspatches für die LTS 2.x (sechs Monate)',
      amountCents: 400_000n,
      openedAt: '2026-04-01T08:00:00Z',
      closedAt: '2026-04-15T16:00:00Z',
      paid: [{ on: '2026-06-30', cents: 250_000n }],
    },
  ];
  stories.forEach((s, i) => {
    const k = i + 1;
    const allocationId = ids.allocation(k);
    const voteId = ids.vote(k);
    const decidedAt = new Date(s.closedAt);
    const bookedOn = s.closedAt.slice(0, 10);
    const pid = purposeId(s.key);
    // What the pools held that day, from the plan so far: the same rule as the service (earmarked first).
    const balances = new Map<string | null, bigint>();
    for (const t of plan.transactions.filter((x) => x.bookedOn <= bookedOn)) {
      for (const e of t.entries)
        if (e.kind === 'FUND') balances.set(e.purposeId, (balances.get(e.purposeId) ?? 0n) - e.amountCents);
    }
    const sources = allocationSources(pid, s.amountCents, {
      earmarkedCents: balances.get(pid) ?? 0n,
      generalCents: balances.get(null) ?? 0n,
    });
    if (!sources)
      throw new Error(`demo allocation "${s.title}": the fund cannot give ${eurosText(s.amountCents)} on ${bookedOn}`);
    const title = `Fondsmittel: ${s.title} (${eurosText(s.amountCents)})`;
    const ballots = entitled.map((e, j) => {
      const id = ids.ballot(k, j + 1);
      return {
        id,
        membershipId: e.membershipId,
        organisationId: e.organisationId,
        choice: 'YES' as const,
        byProxy: false,
        receipt: demoReceipt(id),
        castAt: new Date(new Date(s.openedAt).getTime() + (j + 1) * 3_600_000),
      };
    });
    plan.votes.push({
      id: voteId,
      subjectId: allocationId,
      partnershipId: partnership.id,
      committeeId: committee.id,
      sessionId: null,
      agendaItemId: null,
      decisionId: null,
      title,
      description: `Zweck: ${purposes.find((p) => p.id === pid)?.labelDe}`,
      procedure: VoteProcedure.WRITTEN,
      status: VoteStatus.CLOSED,
      rule: committee.rule,
      ruleName: committee.ruleName,
      entitled,
      attendance: null,
      openedAt: new Date(s.openedAt),
      deadline: decidedAt,
      closedAt: decidedAt,
      closeReason: CloseReason.DEADLINE,
      outcome: 'ACCEPTED',
      ballots,
    });
    tx += 1;
    const transactionId = ids.transaction(tx);
    plan.allocations.push({
      id: allocationId,
      purposeId: pid,
      title: s.title,
      description: '',
      amountCents: s.amountCents,
      voteId,
      decidedAt,
      transactionId,
    });
    plan.transactions.push({
      id: transactionId,
      kind: 'FUND_ALLOCATION',
      bookedOn,
      description: msg('records.ledger.fundAllocation', { title: s.title }),
      counterpartyOrganisationId: null,
      sourceType: 'FUND_ALLOCATION',
      sourceId: allocationId,
      entries: postingsToEntries(allocationPosting(pid, sources)),
    });
    for (const p of s.paid) {
      tx += 1;
      const id = ids.disbursement(plan.disbursements.length + 1);
      const paidTx = ids.transaction(tx);
      plan.disbursements.push({
        id,
        allocationId,
        providerOrganisationId: provider,
        amountCents: p.cents,
        paidOn: p.on,
        transactionId: paidTx,
      });
      plan.transactions.push({
        id: paidTx,
        kind: 'FUND_DISBURSEMENT',
        bookedOn: p.on,
        description: msg('records.ledger.fundDisbursement', {
          title: s.title,
          provider: 'Datenzentrale Küstenländer AöR',
        }),
        counterpartyOrganisationId: provider,
        sourceType: 'FUND_ALLOCATION',
        sourceId: allocationId,
        entries: postingsToEntries(disbursementPosting(pid, p.cents)),
      });
    }
  });
  return plan;
}

function demoMembershipOf(id: string) {
  const m = demoMemberships.find((x) => x.id === id);
  if (!m) throw new Error(`demo fund: no membership ${id}`);
  return m;
}
