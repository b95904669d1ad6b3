import { AuditResolver } from './audit/audit.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { MailResolver } from './mail/mail.resolver';
import { SignInMethodsResolver } from './oidc/sign-in-methods.resolver';
import { InvitationResolver, PartnershipPeopleResolver, PeopleResolver, UserRolesResolver } from './people/people.resolver';
import { MembershipsResolver } from './memberships/memberships.resolver';
import { OrganisationsResolver } from './organisations/organisations.resolver';
import { PartnershipsResolver } from './partnerships/partnerships.resolver';

/** Every resolver of the API, for the schema generator; a test checks it against the running app's schema. */
export const resolvers = [
  OrganisationsResolver,
  PartnershipsResolver,
  MembershipsResolver,
  AuditResolver,
  AuthResolver,
  PeopleResolver,
  PartnershipPeopleResolver,
  InvitationResolver,
  UserRolesResolver,
  MailResolver,
  SignInMethodsResolver,
];
