/**
 * Demo data: three fictional development partnerships, one per governance model of chapter 5 of the
 * reference study. They are *inspired* by the real cases (model 1: an association as backbone; model 2:
 * a lead state body with a veto plus a public IT provider running the community; model 3: a private
 * IT provider driving a village app), but every name, number and official municipality key here is
 * invented. The keys are only shaped like an Amtlicher Gemeindeschlüssel (Land code + district + place)
 * so that nobody mistakes the demo for facts.
 *
 * All ids are fixed so that seeding is idempotent.
 */
import { GermanState, OrganisationKind } from '../server/src/organisations/organisation-kind';
import { GovernanceModel } from '../server/src/partnerships/governance-model';
import { MembershipStatus } from '../server/src/memberships/membership-status';
import type { SeedMembership, SeedOrganisation, SeedPartnership } from './seed-types';

const orgId = (n: number): string => `10000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const partnershipId = (n: number): string => `20000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const membershipId = (n: number): string => `30000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

/** Organisation ids by a readable handle, so the memberships below stay legible. */
const O = {
  lindenfeld: orgId(1),
  kranichsfurt: orgId(2),
  stoermuende: orgId(3),
  silberau: orgId(4),
  falkenried: orgId(5),
  eichenbrunn: orgId(6),
  muehlhagen: orgId(7),
  weidenstedt: orgId(8),
  ostseewalde: orgId(9),
  erzhalden: orgId(10),
  tannwerder: orgId(11),
  fuchsmoor: orgId(12),
  moselhain: orgId(13),
  saarbrunnen: orgId(14),
  kalkbergen: orgId(15),
  lerchenstein: orgId(16),
  ginsterloh: orgId(17),
  grossenbrueck: orgId(18),
  holunderhain: orgId(19),
  suederwiek: orgId(20),
  oberfichtach: orgId(21),
  duenenhagen: orgId(22),
  mittelhaide: orgId(23),
  oberesWaldtal: orgId(24),
  hellwegmark: orgId(25),
  spreewiesen: orgId(26),
  rhoenwiesen: orgId(27),
  saalehoehen: orgId(28),
  landesamtGeo: orgId(29),
  datenzentrale: orgId(30),
  dorfnetz: orgId(31),
  gemeinwerk: orgId(32),
} as const;

const P = {
  datenplattform: partnershipId(1),
  geoportal: partnershipId(2),
  dorfApp: partnershipId(3),
} as const;

function municipality(
  id: string,
  name: string,
  state: GermanState,
  population: number,
  officialMunicipalityKey: string,
): SeedOrganisation {
  return {
    id,
    name,
    kind: OrganisationKind.MUNICIPALITY,
    population,
    officialMunicipalityKey,
    state,
    publiclyOwned: true,
  };
}

function county(
  id: string,
  name: string,
  state: GermanState,
  population: number,
  officialMunicipalityKey: string,
): SeedOrganisation {
  return { id, name, kind: OrganisationKind.COUNTY, population, officialMunicipalityKey, state, publiclyOwned: true };
}

export const demoOrganisations: SeedOrganisation[] = [
  // Large cities (kreisfrei, key ends in 000).
  municipality(O.lindenfeld, 'Stadt Lindenfeld', GermanState.NW, 412_380, '05318000'),
  municipality(O.kranichsfurt, 'Stadt Kranichsfurt', GermanState.HE, 268_940, '06416000'),
  municipality(O.stoermuende, 'Hansestadt Störmünde', GermanState.SH, 231_470, '01005000'),
  municipality(O.silberau, 'Stadt Silberau', GermanState.SN, 538_210, '14615000'),
  // Towns.
  municipality(O.falkenried, 'Stadt Falkenried', GermanState.BY, 48_730, '09190135'),
  municipality(O.eichenbrunn, 'Stadt Eichenbrunn', GermanState.BW, 63_410, '08338047'),
  municipality(O.muehlhagen, 'Stadt Mühlhagen', GermanState.NI, 37_120, '03362011'),
  municipality(O.weidenstedt, 'Stadt Weidenstedt', GermanState.ST, 29_480, '15092255'),
  municipality(O.ostseewalde, 'Stadt Ostseewalde', GermanState.MV, 21_360, '13077041'),
  municipality(O.erzhalden, 'Stadt Erzhalden', GermanState.SN, 44_870, '14529310'),
  municipality(O.tannwerder, 'Stadt Tannwerder', GermanState.BB, 33_050, '12075388'),
  municipality(O.fuchsmoor, 'Stadt Fuchsmoor', GermanState.NI, 52_640, '03463017'),
  municipality(O.moselhain, 'Stadt Moselhain', GermanState.RP, 34_210, '07236064'),
  municipality(O.saarbrunnen, 'Stadt Saarbrunnen', GermanState.SL, 58_390, '10047112'),
  municipality(O.kalkbergen, 'Stadt Kalkbergen', GermanState.HE, 71_520, '06441019'),
  municipality(O.lerchenstein, 'Stadt Lerchenstein', GermanState.BY, 112_840, '09165000'),
  municipality(O.ginsterloh, 'Stadt Ginsterloh', GermanState.NW, 86_270, '05979044'),
  // Villages.
  municipality(O.grossenbrueck, 'Gemeinde Großenbrück', GermanState.BB, 4_310, '12075512'),
  municipality(O.holunderhain, 'Ortsgemeinde Holunderhain', GermanState.RP, 2_780, '07139077'),
  municipality(O.suederwiek, 'Gemeinde Süderwiek', GermanState.SH, 6_140, '01062093'),
  municipality(O.oberfichtach, 'Gemeinde Oberfichtach', GermanState.BY, 2_430, '09377168'),
  municipality(O.duenenhagen, 'Gemeinde Dünenhagen', GermanState.MV, 8_920, '13075019'),
  // Counties (key = district key + 000).
  county(O.mittelhaide, 'Landkreis Mittelhaide', GermanState.NI, 221_460, '03362000'),
  county(O.oberesWaldtal, 'Landkreis Oberes Waldtal', GermanState.BW, 174_830, '08338000'),
  county(O.hellwegmark, 'Kreis Hellwegmark', GermanState.NW, 296_120, '05979000'),
  county(O.spreewiesen, 'Landkreis Spreewiesen', GermanState.BB, 148_270, '12075000'),
  county(O.rhoenwiesen, 'Landkreis Rhönwiesen', GermanState.HE, 163_590, '06441000'),
  county(O.saalehoehen, 'Landkreis Saalehöhen', GermanState.ST, 132_740, '15092000'),
  // Bodies without a population of their own.
  {
    id: O.landesamtGeo,
    name: 'Landesamt für Geobasisdaten und Raumbeobachtung',
    kind: OrganisationKind.STATE,
    population: null,
    officialMunicipalityKey: null,
    state: GermanState.NI,
    publiclyOwned: true,
  },
  {
    // A public-law IT provider owned by several Länder and municipalities (model 2).
    id: O.datenzentrale,
    name: 'Datenzentrale Küstenländer AöR',
    kind: OrganisationKind.IT_SERVICE_PROVIDER,
    population: null,
    officialMunicipalityKey: null,
    state: GermanState.SH,
    publiclyOwned: true,
  },
  {
    // A private IT provider that builds, hosts and steers its product (model 3).
    id: O.dorfnetz,
    name: 'Dorfnetz Software GmbH',
    kind: OrganisationKind.IT_SERVICE_PROVIDER,
    population: null,
    officialMunicipalityKey: null,
    state: GermanState.RP,
    publiclyOwned: false,
  },
  {
    // The coordinating association of model 1; carried entirely by its public members.
    id: O.gemeinwerk,
    name: 'Gemeinwerk Digitale Kommune e. V.',
    kind: OrganisationKind.ASSOCIATION,
    population: null,
    officialMunicipalityKey: null,
    state: GermanState.NW,
    publiclyOwned: true,
  },
];

export const demoPartnerships: SeedPartnership[] = [
  {
    id: P.datenplattform,
    slug: 'offene-datenplattform',
    name: 'Offene Datenplattform Kommune',
    productName: 'KommunalKern',
    description:
      'Städte, Kreise und kommunale Unternehmen entwickeln gemeinsam KommunalKern, eine modulare und ' +
      'mandantenfähige Datenplattform für Daten aus Verkehr, Umwelt und Versorgung. Der Verein Gemeinwerk ' +
      'Digitale Kommune koordiniert Anforderungen, Ausschreibungen und Wartung, hat in der Abteilungsversammlung ' +
      'aber keine Stimme. Über den gemeinsamen Kern entscheiden die Mitglieder mit mindestens 75 % Zustimmung.',
    governanceModel: GovernanceModel.COMMUNITY_CENTRED,
    productOwnerOrganisationId: O.gemeinwerk,
    communityManagementOrganisationId: O.gemeinwerk,
    fiscalYearStartMonth: 1,
    publicTransparency: true,
  },
  {
    id: P.geoportal,
    slug: 'geoportal-verbund',
    name: 'Geoportal-Verbund',
    productName: 'Kartenwerk',
    description:
      'Kartenwerk ist ein Geoportal im Browser, das Karten und Geodaten über standardisierte Schnittstellen ' +
      'anzeigt, ohne selbst Daten zu speichern. Das Landesamt für Geobasisdaten und Raumbeobachtung führt das ' +
      'Produktmanagement und hat in Grundsatzfragen ein Vetorecht; die Datenzentrale Küstenländer organisiert ' +
      'Gremien und Kommunikation ohne Stimmrecht. Strategisches und technisches Komitee tagen vierteljährlich, ' +
      'ein Entwicklungsfonds finanziert Fehlerbehebungen, Optimierungen und Dokumentation.',
    governanceModel: GovernanceModel.HYBRID,
    productOwnerOrganisationId: O.landesamtGeo,
    communityManagementOrganisationId: O.datenzentrale,
    fiscalYearStartMonth: 1,
    publicTransparency: true,
  },
  {
    id: P.dorfApp,
    slug: 'dorf-app',
    name: 'Dorf-App-Gemeinschaft',
    productName: 'Dorfplatz',
    description:
      'Dorfplatz ist eine App für Dörfer und kleine Städte mit Veranstaltungskalender, Mängelmelder, ' +
      'Mitfahrbank und Nachrichten aus Rathaus und Vereinen. Die Dorfnetz Software GmbH betreibt, wartet und ' +
      'entwickelt die App und entscheidet über die Roadmap; der Landkreis Rhönwiesen übernimmt das Community ' +
      'Management. Neue Funktionen finanzieren die interessierten Kommunen nach einer zwei- bis dreiwöchigen ' +
      'Interessenabfrage gemeinsam.',
    governanceModel: GovernanceModel.PROVIDER_DRIVEN,
    productOwnerOrganisationId: O.dorfnetz,
    communityManagementOrganisationId: O.rhoenwiesen,
    fiscalYearStartMonth: 1,
    publicTransparency: false,
  },
];

interface MemberOptions {
  status?: MembershipStatus;
  voting?: boolean;
  voteWeight?: string;
  vetoRight?: boolean;
  leftOn?: string | null;
}

function member(
  n: number,
  partnership: string,
  organisation: string,
  joinedOn: string | null,
  options: MemberOptions = {},
): SeedMembership {
  return {
    id: membershipId(n),
    partnershipId: partnership,
    organisationId: organisation,
    status: options.status ?? MembershipStatus.ACTIVE,
    voting: options.voting ?? true,
    voteWeight: options.voteWeight ?? '1',
    vetoRight: options.vetoRight ?? false,
    joinedOn,
    leftOn: options.leftOn ?? null,
  };
}

export const demoMemberships: SeedMembership[] = [
  // Offene Datenplattform Kommune (model 1): the association coordinates without a vote.
  member(101, P.datenplattform, O.gemeinwerk, '2020-09-15', { voting: false }),
  member(102, P.datenplattform, O.lindenfeld, '2020-09-15'),
  member(103, P.datenplattform, O.kranichsfurt, '2021-02-01'),
  member(104, P.datenplattform, O.silberau, '2021-06-01'),
  member(105, P.datenplattform, O.fuchsmoor, '2021-03-01', {
    status: MembershipStatus.LEFT,
    leftOn: '2025-12-31',
  }),
  member(106, P.datenplattform, O.eichenbrunn, '2022-01-01'),
  member(107, P.datenplattform, O.saarbrunnen, '2022-04-01'),
  member(108, P.datenplattform, O.kalkbergen, '2023-01-01'),
  member(109, P.datenplattform, O.ginsterloh, '2023-07-01'),
  member(110, P.datenplattform, O.hellwegmark, '2024-01-01'),
  member(111, P.datenplattform, O.oberesWaldtal, '2024-05-01'),
  member(112, P.datenplattform, O.lerchenstein, null, { status: MembershipStatus.APPLIED }),

  // Geoportal-Verbund (model 2): the state body leads with a veto, the IT provider runs the community.
  member(201, P.geoportal, O.landesamtGeo, '2019-03-01', { vetoRight: true }),
  member(202, P.geoportal, O.datenzentrale, '2019-03-01', { voting: false }),
  member(203, P.geoportal, O.stoermuende, '2019-03-01'),
  member(204, P.geoportal, O.lindenfeld, '2019-06-01'),
  member(205, P.geoportal, O.kranichsfurt, '2019-06-01'),
  member(206, P.geoportal, O.mittelhaide, '2020-01-15'),
  member(207, P.geoportal, O.muehlhagen, '2020-10-01'),
  member(208, P.geoportal, O.erzhalden, '2021-01-01', { status: MembershipStatus.SUSPENDED }),
  member(209, P.geoportal, O.ostseewalde, '2021-04-01'),
  member(210, P.geoportal, O.fuchsmoor, '2022-01-01'),
  member(211, P.geoportal, O.falkenried, '2022-09-01'),
  member(212, P.geoportal, O.lerchenstein, '2023-03-01'),
  member(213, P.geoportal, O.spreewiesen, '2024-02-01'),

  // Dorf-App-Gemeinschaft (model 3): the provider steers without a vote; the lead county chairs with weight 2.
  member(301, P.dorfApp, O.dorfnetz, '2020-05-01', { voting: false }),
  member(302, P.dorfApp, O.rhoenwiesen, '2020-05-01', { voteWeight: '2' }),
  member(303, P.dorfApp, O.grossenbrueck, '2021-08-01'),
  member(304, P.dorfApp, O.holunderhain, '2021-08-01'),
  member(305, P.dorfApp, O.suederwiek, '2022-03-15'),
  member(306, P.dorfApp, O.oberfichtach, '2022-11-01'),
  member(307, P.dorfApp, O.duenenhagen, '2023-06-01'),
  member(308, P.dorfApp, O.moselhain, '2024-01-01'),
  member(309, P.dorfApp, O.saalehoehen, '2024-09-01'),
  member(310, P.dorfApp, O.weidenstedt, '2025-04-01'),
  member(311, P.dorfApp, O.tannwerder, '2026-02-01'),
];
