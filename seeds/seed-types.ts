import { GermanState, OrganisationKind } from '../server/src/organisations/organisation-kind';
import { GovernanceModel } from '../server/src/partnerships/governance-model';
import { MembershipStatus } from '../server/src/memberships/membership-status';

/** Demo records carry fixed ids so that `npm run seed` can run any number of times. */
export interface SeedOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  /** Inhabitants; null for bodies without a population (providers, associations). */
  population: number | null;
  /** Amtlicher Gemeindeschlüssel (8 digits) for municipalities and counties, else null. */
  officialMunicipalityKey: string | null;
  state: GermanState | null;
  publiclyOwned: boolean;
}

export interface SeedPartnership {
  id: string;
  slug: string;
  name: string;
  productName: string;
  description: string;
  governanceModel: GovernanceModel;
  productOwnerOrganisationId: string | null;
  communityManagementOrganisationId: string | null;
  /** 1 = January. */
  fiscalYearStartMonth: number;
  publicTransparency: boolean;
}

export interface SeedMembership {
  id: string;
  partnershipId: string;
  organisationId: string;
  status: MembershipStatus;
  voting: boolean;
  /** Decimal string, e.g. "1" or "2.5". */
  voteWeight: string;
  vetoRight: boolean;
  /** ISO date YYYY-MM-DD. */
  joinedOn: string | null;
  leftOn: string | null;
}
