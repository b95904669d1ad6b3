/**
 * Demo membership fees: the Geoportal-Verbund gets a Masterportal-like fee schedule (municipalities and counties
 * 1,000–5,000 EUR by inhabitants, state and federal bodies 10,000 EUR, the coordinating provider exempt,
 * +3 % a year from 2027) with a fee run for 2026 and a few payments (one paid, one partial, one overpaid, the
 * rest open); the Dorf-App-Gemeinschaft gets an Integreat-like schedule (3,500 / 5,000 / 7,000 EUR). Every
 * amount comes from the same pure rules as the portal's fee run. All ids are fixed.
 */
import { OrganisationKind } from '../server/src/organisations/organisation-kind';
import { MembershipStatus } from '../server/src/memberships/membership-status';
import {
  computeFee,
  explanationRecord,
  FeeExplanationRecord,
  FeeProRata,
  FeeRounding,
  FeeScheduleRule,
  invoiceNumber,
} from '../server/src/finance/fees/fees';
import { demoMemberships, demoOrganisations, demoPartnerships } from './demo-data';
import { demoUsers } from './demo-users';

const uuid = (prefix: string, n: number): string => `${prefix}-0000-4000-8000-${n.toString().padStart(12, '0')}`;

export interface DemoFeeSchedule {
  partnershipId: string;
  baseYear: number;
  indexationBasisPoints: number;
  indexationStartYear: number | null;
  rounding: FeeRounding;
  proRata: FeeProRata;
  dueDays: number;
  tiers: {
    id: string;
    position: number;
    label: string;
    kinds: OrganisationKind[];
    minPopulation: number | null;
    maxPopulation: number | null;
    amountCents: bigint;
  }[];
}

export interface DemoFeeInvoice {
  id: string;
  transactionId: string;
  partnershipId: string;
  organisationId: string;
  organisationName: string;
  year: number;
  number: string;
  amountCents: bigint;
  issuedOn: string;
  dueOn: string;
  explanation: FeeExplanationRecord;
  createdByUserId: string | null;
}

export interface DemoFeePayment {
  id: string;
  transactionId: string;
  partnershipId: string;
  organisationId: string;
  organisationName: string;
  invoiceId: string | null;
  invoiceNumber: string | null;
  amountCents: bigint;
  receivedOn: string;
  note: string;
  createdByUserId: string | null;
}

export interface DemoFeePlan {
  schedules: DemoFeeSchedule[];
  invoices: DemoFeeInvoice[];
  payments: DemoFeePayment[];
}

const slugId = (slug: string) => demoPartnerships.find((p) => p.slug === slug)!.id;
const { MUNICIPALITY, COUNTY, STATE, FEDERAL_AGENCY, IT_SERVICE_PROVIDER, ASSOCIATION } = OrganisationKind;
const EUR = (euros: number) => BigInt(euros) * 100n;

function schedule(
  partnershipId: string,
  base: number,
  rest: Omit<DemoFeeSchedule, 'partnershipId' | 'tiers'>,
  tiers: Omit<DemoFeeSchedule['tiers'][number], 'id' | 'position'>[],
): DemoFeeSchedule {
  return {
    partnershipId,
    ...rest,
    tiers: tiers.map((t, i) => ({ ...t, id: uuid('fee00001', base + i), position: i })),
  };
}

const places = [MUNICIPALITY, COUNTY];

export function demoFeeSchedules(): DemoFeeSchedule[] {
  return [
    schedule(
      slugId('geoportal-verbund'),
      200,
      {
        baseYear: 2026,
        indexationBasisPoints: 300,
        indexationStartYear: 2027,
        rounding: 'EURO',
        proRata: 'MONTHS',
        dueDays: 30,
      },
      [
        {
          label: 'Kommunen bis 50.000 Einwohner',
          kinds: places,
          minPopulation: 0,
          maxPopulation: 50_000,
          amountCents: EUR(1_000),
        },
        {
          label: 'Kommunen 50.001 bis 100.000 Einwohner',
          kinds: places,
          minPopulation: 50_001,
          maxPopulation: 100_000,
          amountCents: EUR(2_000),
        },
        {
          label: 'Kommunen 100.001 bis 250.000 Einwohner',
          kinds: places,
          minPopulation: 100_001,
          maxPopulation: 250_000,
          amountCents: EUR(3_000),
        },
        {
          label: 'Kommunen 250.001 bis 500.000 Einwohner',
          kinds: places,
          minPopulation: 250_001,
          maxPopulation: 500_000,
          amountCents: EUR(4_000),
        },
        {
          label: 'Kommunen über 500.000 Einwohner',
          kinds: places,
          minPopulation: 500_001,
          maxPopulation: null,
          amountCents: EUR(5_000),
        },
        {
          label: 'Landes- und Bundesbehörden',
          kinds: [STATE, FEDERAL_AGENCY],
          minPopulation: null,
          maxPopulation: null,
          amountCents: EUR(10_000),
        },
        {
          label: 'Koordinierender IT-Dienstleister (beitragsfrei)',
          kinds: [IT_SERVICE_PROVIDER],
          minPopulation: null,
          maxPopulation: null,
          amountCents: 0n,
        },
      ],
    ),
    schedule(
      slugId('dorf-app'),
      300,
      {
        baseYear: 2026,
        indexationBasisPoints: 0,
        indexationStartYear: null,
        rounding: 'CENT',
        proRata: 'MONTHS',
        dueDays: 30,
      },
      [
        {
          label: 'bis 10.000 Einwohner',
          kinds: places,
          minPopulation: 0,
          maxPopulation: 10_000,
          amountCents: EUR(3_500),
        },
        {
          label: '10.001 bis 150.000 Einwohner',
          kinds: places,
          minPopulation: 10_001,
          maxPopulation: 150_000,
          amountCents: EUR(5_000),
        },
        {
          label: 'über 150.000 Einwohner',
          kinds: places,
          minPopulation: 150_001,
          maxPopulation: null,
          amountCents: EUR(7_000),
        },
        {
          label: 'Anbieter und Vereine (beitragsfrei)',
          kinds: [IT_SERVICE_PROVIDER, ASSOCIATION],
          minPopulation: null,
          maxPopulation: null,
          amountCents: 0n,
        },
      ],
    ),
  ];
}

export function toRule(s: DemoFeeSchedule): FeeScheduleRule {
  return {
    ...s,
    tiers: s.tiers.map((t) => ({
      key: t.id,
      label: t.label,
      kinds: t.kinds,
      minPopulation: t.minPopulation,
      maxPopulation: t.maxPopulation,
      amountCents: t.amountCents,
    })),
  };
}

/** The schedules, the Geoportal-Verbund's 2026 fee run and its payments. */
export function demoFeePlan(): DemoFeePlan {
  const schedules = demoFeeSchedules();
  const geoportal = schedules[0];
  const treasurer = demoUsers.find((u) => u.email === 'kasse@geoportal-verbund.demo')?.id ?? null;
  const year = 2026;
  const members = demoMemberships
    .filter((m) => m.partnershipId === geoportal.partnershipId && m.status === MembershipStatus.ACTIVE)
    .map((m) => ({ m, o: demoOrganisations.find((o) => o.id === m.organisationId)! }))
    .sort((a, b) => a.o.name.localeCompare(b.o.name, 'de') || a.o.id.localeCompare(b.o.id));
  const invoices: DemoFeeInvoice[] = [];
  for (const { m, o } of members) {
    const outcome = computeFee(
      toRule(geoportal),
      {
        organisationId: o.id,
        name: o.name,
        kind: o.kind,
        population: o.population,
        joinedOn: m.joinedOn,
        leftOn: m.leftOn,
      },
      year,
    );
    if (outcome.kind === 'NO_TIER') throw new Error(`demo fee schedule: ${outcome.message}`);
    if (outcome.kind !== 'FEE') continue;
    const sequence = invoices.length + 1;
    invoices.push({
      id: uuid('fee00002', sequence),
      transactionId: uuid('fee00003', sequence),
      partnershipId: geoportal.partnershipId,
      organisationId: o.id,
      organisationName: o.name,
      year,
      number: invoiceNumber(year, sequence),
      amountCents: outcome.amountCents,
      issuedOn: '2026-01-15',
      dueOn: '2026-02-14',
      explanation: explanationRecord(outcome.explanation),
      createdByUserId: treasurer,
    });
  }
  // The first invoice paid in full, the second in part, the third with 50 EUR too much; the rest still open.
  const paid = [
    { invoice: invoices[0], amountCents: invoices[0].amountCents, receivedOn: '2026-02-03', note: 'Überweisung' },
    { invoice: invoices[1], amountCents: invoices[1].amountCents / 2n, receivedOn: '2026-02-20', note: 'Erste Rate' },
    {
      invoice: invoices[2],
      amountCents: invoices[2].amountCents + EUR(50),
      receivedOn: '2026-03-02',
      note: 'Doppelt überwiesen',
    },
  ];
  const payments: DemoFeePayment[] = paid.map((p, i) => ({
    id: uuid('fee00004', i + 1),
    transactionId: uuid('fee00005', i + 1),
    partnershipId: geoportal.partnershipId,
    organisationId: p.invoice.organisationId,
    organisationName: p.invoice.organisationName,
    invoiceId: p.invoice.id,
    invoiceNumber: p.invoice.number,
    amountCents: p.amountCents,
    receivedOn: p.receivedOn,
    note: p.note,
    createdByUserId: treasurer,
  }));
  return { schedules, invoices, payments };
}
