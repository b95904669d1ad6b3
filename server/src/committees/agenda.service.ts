import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError } from '../common/graphql/app-error';
import type { RulePreset } from '../votes/vote-enums';
import type { VoteSubjectType } from '../votes/vote-enums';
import { AgendaItem } from './agenda-item.entity';
import { AgendaItemKind, SessionStatus } from './committee-enums';
import { CommitteeSession } from './committee-session.entity';
import { assertSessionStatus, auditSessionChange } from './session-changes';

export interface NewAgendaItem {
  kind: AgendaItemKind;
  title: string;
  description: string;
  /** What a vote on the item decides (e.g. a feature request); copied onto the vote when it opens. */
  subjectType?: VoteSubjectType | null;
  subjectId?: string | null;
  /** The rule the subject's process prescribes; the vote uses it unless the chair chooses another. */
  rulePreset?: RulePreset | null;
}

export interface AddAgendaItemOptions {
  /** The caller's own condition on the locked session, checked before its status (e.g. that its committee decides). */
  accept?: (session: CommitteeSession) => void;
  /** Fields the caller adds to the `agenda.item_added` audit payload (e.g. the feature request's number). */
  audit?: Record<string, unknown>;
}

/**
 * The one writer of new agenda items: the session planner's "add item", and the domains that put a subject
 * on a session's agenda to be decided there (feature requests, fund allocations).
 */
@Injectable()
export class AgendaService {
  /**
   * In the caller's transaction: locks the session, checks that it is the partnership's and still takes
   * items, appends the item after the last one and records it in the audit log.
   */
  async addItem(
    manager: EntityManager,
    actorUserId: string,
    partnershipId: string,
    sessionId: string,
    item: NewAgendaItem,
    options: AddAgendaItemOptions = {},
  ): Promise<AgendaItem> {
    const session = await manager.findOne(CommitteeSession, {
      where: { id: sessionId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!session || session.partnershipId !== partnershipId)
      throw AppError.badInput({ sessionId: ['no session of this partnership with this id'] });
    options.accept?.(session);
    assertSessionStatus(session, [SessionStatus.PLANNED, SessionStatus.IN_PROGRESS], 'given new agenda items');
    const [{ max }] = await manager.query(
      'SELECT coalesce(max(position), 0)::int AS max FROM agenda_items WHERE session_id = $1',
      [session.id],
    );
    const created = await manager.save(
      manager.create(AgendaItem, {
        sessionId: session.id,
        kind: item.kind,
        title: item.title,
        description: item.description,
        position: max + 1,
        minutes: '',
        subjectType: item.subjectType ?? null,
        subjectId: item.subjectId ?? null,
        rulePreset: item.rulePreset ?? null,
      }),
    );
    await auditSessionChange(manager, actorUserId, session, 'agenda.item_added', {
      title: item.title,
      kind: item.kind,
      position: max + 1,
      ...options.audit,
    });
    return created;
  }
}
