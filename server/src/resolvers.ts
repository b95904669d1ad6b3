import { AuditResolver } from './audit/audit.resolver';
import { MembershipsResolver } from './memberships/memberships.resolver';
import { OrganisationsResolver } from './organisations/organisations.resolver';
import { PartnershipsResolver } from './partnerships/partnerships.resolver';

/** Every resolver of the API, for the schema generator; a test checks it against the running app's schema. */
export const resolvers = [OrganisationsResolver, PartnershipsResolver, MembershipsResolver, AuditResolver];
