import { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import type { AuditAction } from '../audit/audit-actions';
import { AppError } from '../common/graphql/app-error';
import { SessionStatus } from './committee-enums';
import { CommitteeSession } from './committee-session.entity';
import { list, msg } from '../common/i18n/messages';

/** The changes a session's status may refuse, completing "only a … session can be …". */
const changeKeys = {
  changed: 'session.what.changed',
  announced: 'session.what.announced',
  started: 'session.what.started',
  'given attendance': 'session.what.attendance',
  closed: 'session.what.closed',
  cancelled: 'session.what.cancelled',
  'given new agenda items': 'session.what.newItems',
  reordered: 'session.what.reordered',
  'given minutes (start it first)': 'session.what.minutes',
} as const;

/** Refuses a change the session's status does not allow. */
export function assertSessionStatus(
  session: CommitteeSession,
  allowed: SessionStatus[],
  what: keyof typeof changeKeys,
): void {
  if (!allowed.includes(session.status)) {
    const status = (s: SessionStatus) => msg(`vote.sessionStatus.${s}`);
    throw new AppError(
      'CONFLICT',
      msg('session.wrongStatus', {
        status: status(session.status),
        allowed: list(allowed.map(status), 'or'),
        what: msg(changeKeys[what]),
      }),
    );
  }
}

/** Records a change to a session (its agenda, attendance, minutes …) in the partnership's audit log. */
export function auditSessionChange(
  manager: EntityManager,
  actorUserId: string,
  session: CommitteeSession,
  action: AuditAction,
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
