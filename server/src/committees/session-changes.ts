import { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { AppError } from '../common/graphql/app-error';
import { SessionStatus } from './committee-enums';
import { CommitteeSession } from './committee-session.entity';

/** Refuses a change the session's status does not allow; `what` completes "only a … session can be …". */
export function assertSessionStatus(session: CommitteeSession, allowed: SessionStatus[], what: string): void {
  if (!allowed.includes(session.status)) {
    throw new AppError(
      'CONFLICT',
      `This session is ${session.status}; only a ${allowed.join(' or ')} session can be ${what}`,
    );
  }
}

/** Records a change to a session (its agenda, attendance, minutes …) in the partnership's audit log. */
export function auditSessionChange(
  manager: EntityManager,
  actorUserId: string,
  session: CommitteeSession,
  action: string,
  payload: Record<string, unknown>,
) {
  return appendAuditEvent(manager, {
    partnershipId: session.partnershipId,
    actorUserId,
    action,
    subjectType: 'CommitteeSession',
    subjectId: session.id,
    payload: { sessionId: session.id, committeeId: session.committeeId, ...payload },
  });
}
