import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError } from '../common/graphql/app-error';
import { msg } from '../common/i18n/messages';
import type { RulePreset } from '../votes/vote-enums';
import type { VoteSubjectType } from '../votes/vote-enums';
import { Vote } from '../votes/vote.entity';
import { AgendaItem } from './agenda-item.entity';
import { publicByDefault } from './agenda-visibility';
import { AgendaItemKind, SessionStatus } from './committee-enums';
import { CommitteeSession } from './committee-session.entity';
import { assertSessionStatus, auditSessionChange } from './session-changes';

export interface NewAgendaItem {
  kind: AgendaItemKind;
  title: string;
  description: string;
  /** Whether the public may see the item; without it, the default for its kind and subject (`publicByDefault`). */
  public?: boolean | null;
  /** What a vote on the item decides (e.g. a feature request); copied onto the vote when it opens. */
  subjectType?: VoteSubjectType | null;
  subjectId?: string | null;
  /** The rule the subject's process prescribes; the vote uses it unless the chair chooses another. */
  rulePreset?: RulePreset | null;
}

export interface AgendaItemChange {
  kind: AgendaItemKind;
  title: string;
  description: string;
  /** Unchanged when left out. */
  public?: boolean | null;
}

export interface AddAgendaItemOptions {
  /** The caller's own condition on the locked session, checked before its status (e.g. that its committee decides). */
  accept?: (session: CommitteeSession) => void;
  /** Fields the caller adds to the `agenda.item_added` audit payload (e.g. the feature request's number). */
  audit?: Record<string, unknown>;
}

const editable = [SessionStatus.PLANNED, SessionStatus.IN_PROGRESS];

/**
 * The one writer of agenda items: the session planner's agenda, "add item", edits, moves, removals, visibility
 * and minutes, and the domains that put a subject on a session's agenda to be decided there (feature requests,
 * fund allocations). Every method runs in the caller's transaction; those that take a session expect it locked.
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
      throw AppError.badInput({ sessionId: [msg('session.noSessionHere')] });
    options.accept?.(session);
    assertSessionStatus(session, editable, 'given new agenda items');
    const [{ max }] = await manager.query(
      'SELECT coalesce(max(position), 0)::int AS max FROM agenda_items WHERE session_id = $1',
      [session.id],
    );
    const created = await manager.save(newItem(manager, session.id, max + 1, item));
    await auditSessionChange(manager, actorUserId, session, 'agenda.item_added', {
      itemId: created.id,
      title: item.title,
      kind: item.kind,
      position: max + 1,
      public: created.public,
      ...options.audit,
    });
    return created;
  }

  /** The first agenda of a session just planned (the caller records `session.planned`); returns its items. */
  async planItems(manager: EntityManager, session: CommitteeSession, items: NewAgendaItem[]): Promise<AgendaItem[]> {
    return manager.save(items.map((item, i) => newItem(manager, session.id, i + 1, item)));
  }

  async changeItem(
    manager: EntityManager,
    actorUserId: string,
    session: CommitteeSession,
    id: string,
    change: AgendaItemChange,
  ): Promise<void> {
    assertSessionStatus(session, editable, 'changed');
    await manager.update(
      AgendaItem,
      { id, sessionId: session.id },
      { kind: change.kind, title: change.title, description: change.description },
    );
    await auditSessionChange(manager, actorUserId, session, 'agenda.item_changed', {
      itemId: id,
      kind: change.kind,
      title: change.title,
      description: change.description,
    });
    if (change.public !== undefined && change.public !== null)
      await this.setPublic(manager, actorUserId, session, id, change.public);
  }

  /**
   * Makes an item public or non-public, in any state of its session: whether the minutes of a past item may be
   * published is decided after the session too (when the reason for confidentiality has lapsed, or was missed).
   */
  async setPublic(
    manager: EntityManager,
    actorUserId: string,
    session: CommitteeSession,
    id: string,
    isPublic: boolean,
  ): Promise<void> {
    const item = await manager.findOneBy(AgendaItem, { id, sessionId: session.id });
    if (!item) throw new AppError('NOT_FOUND', msg('committee.agendaItemNotFound', { id }));
    if (item.public === isPublic) return;
    await manager.update(AgendaItem, { id }, { public: isPublic });
    await auditSessionChange(manager, actorUserId, session, 'agenda.item_visibility_changed', {
      itemId: id,
      title: item.title,
      public: isPublic,
    });
  }

  /** Removes an item that was not voted on; the items after it close up. */
  async removeItem(manager: EntityManager, actorUserId: string, session: CommitteeSession, id: string): Promise<void> {
    assertSessionStatus(session, editable, 'changed');
    const item = await manager.findOneBy(AgendaItem, { id, sessionId: session.id });
    if (!item) throw new AppError('NOT_FOUND', msg('committee.agendaItemNotFound', { id }));
    const votes = await manager.countBy(Vote, { agendaItemId: id });
    if (votes > 0) throw new AppError('CONFLICT', msg('committee.votedItemStays'));
    await manager.delete(AgendaItem, { id });
    await manager.query('UPDATE agenda_items SET position = position - 1 WHERE session_id = $1 AND position > $2', [
      session.id,
      item.position,
    ]);
    await auditSessionChange(manager, actorUserId, session, 'agenda.item_removed', { itemId: id, title: item.title });
  }

  /** Moves an item to a position; the others close up. The unique position is checked at commit. */
  async moveItem(
    manager: EntityManager,
    actorUserId: string,
    session: CommitteeSession,
    id: string,
    position: number,
  ): Promise<void> {
    assertSessionStatus(session, editable, 'reordered');
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM agenda_items WHERE session_id = $1', [
      session.id,
    ]);
    if (position > count) throw AppError.badInput({ position: [msg('session.position', { last: count, position })] });
    const current = await manager.findOneByOrFail(AgendaItem, { id, sessionId: session.id });
    if (current.position === position) return;
    if (position < current.position) {
      await manager.query(
        'UPDATE agenda_items SET position = position + 1 WHERE session_id = $1 AND position >= $2 AND position < $3',
        [session.id, position, current.position],
      );
    } else {
      await manager.query(
        'UPDATE agenda_items SET position = position - 1 WHERE session_id = $1 AND position > $2 AND position <= $3',
        [session.id, current.position, position],
      );
    }
    await manager.update(AgendaItem, { id }, { position });
    await auditSessionChange(manager, actorUserId, session, 'agenda.item_moved', {
      itemId: id,
      from: current.position,
      to: position,
    });
  }

  async writeMinutes(
    manager: EntityManager,
    actorUserId: string,
    session: CommitteeSession,
    id: string,
    minutes: string,
  ): Promise<void> {
    if (session.minutesApprovedAt) throw new AppError('CONFLICT', msg('committee.minutesApproved'));
    assertSessionStatus(session, [SessionStatus.IN_PROGRESS, SessionStatus.CLOSED], 'given minutes (start it first)');
    await manager.update(AgendaItem, { id, sessionId: session.id }, { minutes });
    await auditSessionChange(manager, actorUserId, session, 'minutes.written', { itemId: id, length: minutes.length });
  }
}

function newItem(manager: EntityManager, sessionId: string, position: number, item: NewAgendaItem): AgendaItem {
  return manager.create(AgendaItem, {
    sessionId,
    position,
    kind: item.kind,
    title: item.title,
    description: item.description,
    minutes: '',
    public: item.public ?? publicByDefault(item),
    subjectType: item.subjectType ?? null,
    subjectId: item.subjectId ?? null,
    rulePreset: item.rulePreset ?? null,
  });
}
