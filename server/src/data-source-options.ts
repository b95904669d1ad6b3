import * as path from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { AuditEvent } from './audit/audit-event.entity';
import { Membership } from './memberships/membership.entity';
import { PasswordReset } from './auth/password-reset.entity';
import { Session } from './auth/session.entity';
import { OutboxMail } from './mail/outbox-mail.entity';
import { Invitation } from './people/invitation.entity';
import { PartnershipRole } from './people/partnership-role.entity';
import { User } from './users/user.entity';
import { Organisation } from './organisations/organisation.entity';
import { Partnership } from './partnerships/partnership.entity';
import { AgendaItem } from './committees/agenda-item.entity';
import { Attendance } from './committees/attendance.entity';
import { Committee } from './committees/committee.entity';
import { CommitteeSeat } from './committees/committee-seat.entity';
import { CommitteeSession } from './committees/committee-session.entity';
import { MembershipApplication } from './applications/membership-application.entity';
import { Ballot } from './votes/ballot.entity';
import { Decision } from './votes/decision.entity';
import { SecretBallot, SecretBallotBox, SecretParticipation } from './votes/secret-ballot.entities';
import { Vote } from './votes/vote.entity';
import { FeatureRequest } from './feature-requests/feature-request.entity';
import {
  InterestDeclaration,
  Notification,
  PartnershipWorkflow,
  RequestComment,
  RequestSubscription,
  RequestTransition,
} from './feature-requests/feature-request-records.entities';
import { repoRoot } from './common/config/config';
import { ledgerEntities } from './finance/ledger/ledger.entities';
import { fundEntities } from './finance/fund/fund.entities';
import { agreementEntities } from './finance/agreements/agreements.entities';
import { feeEntities } from './finance/fees/fees.entities';
import { LegalPageText } from './legal-pages/legal-page-text.entity';

/** Every domain's tables; listed here beside `app.module.ts` (a composition root), so `common/` names no domain. */
export const entities = [
  Organisation,
  Partnership,
  Membership,
  AuditEvent,
  User,
  Session,
  PasswordReset,
  PartnershipRole,
  Invitation,
  OutboxMail,
  Committee,
  CommitteeSeat,
  CommitteeSession,
  AgendaItem,
  Attendance,
  Decision,
  Vote,
  Ballot,
  SecretParticipation,
  SecretBallotBox,
  SecretBallot,
  MembershipApplication,
  PartnershipWorkflow,
  FeatureRequest,
  RequestTransition,
  InterestDeclaration,
  RequestComment,
  RequestSubscription,
  Notification,
  ...ledgerEntities,
  ...fundEntities,
  ...agreementEntities,
  ...feeEntities,
  LegalPageText,
];

/**
 * The one data source definition, shared by the app, the CLI (`npm run db:*`) and the tests.
 * Migrations are the schema's only source: `synchronize` stays off.
 */
export function dataSourceOptions(url: string): DataSourceOptions {
  // Compiled: server/dist/migrations/*.js; under ts-jest: migrations/*.ts.
  const compiled = __filename.endsWith('.js');
  const migrations = compiled
    ? path.join(repoRoot, 'server', 'dist', 'migrations', '*.js')
    : path.join(repoRoot, 'migrations', '*.ts');
  return {
    type: 'postgres',
    url,
    entities,
    migrations: [migrations],
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: 10 },
  };
}
