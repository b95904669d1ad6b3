import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { AppError } from '../common/graphql/app-error';
import { list, MessageRef, msg, ParamValue, readerLanguage, render } from '../common/i18n/messages';
import { storedMessage } from '../common/i18n/stored-text';
import { MailService } from '../mail/mail.service';
import { Partnership } from '../partnerships/partnership.entity';
import { NotificationKind } from './feature-request-enums';
import { RequestTransition } from './feature-request-records.entities';
import { FeatureRequest } from './feature-request.entity';
import { factsOf } from './request-rules';
import { checkTransition } from './workflow';
import type { RequestFacts, Workflow, WorkflowActor } from './workflow.types';

export interface Move {
  to: string;
  /** null: the system (survey deadline, closed vote). */
  actorUserId: string | null;
  actors: WorkflowActor[];
  /** What the person typed ('' for none), or the system's own reason, stored as a message. */
  reason: string | MessageRef;
  /** Merging a duplicate closes it whatever the workflow's transitions say. */
  bypassWorkflow?: boolean;
}

/**
 * The one way a request changes stage: the workflow decides (checkTransition), the timeline and the
 * audit log record it, subscribers get a notification and a mail, all in the caller's transaction.
 * The request row must be locked FOR UPDATE by the caller.
 */
@Injectable()
export class RequestTransitions {
  constructor(private readonly mail: MailService) {}

  async facts(manager: EntityManager, request: FeatureRequest): Promise<RequestFacts> {
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM interest_declarations WHERE request_id = $1 AND membership_id IS DISTINCT FROM $2`,
      [request.id, request.membershipId],
    );
    return factsOf(request, count);
  }

  async move(manager: EntityManager, workflow: Workflow, request: FeatureRequest, move: Move): Promise<FeatureRequest> {
    const target = workflow.stages.find((s) => s.key === move.to);
    if (!target)
      throw AppError.badInput({
        to: [
          msg('request.noStage', {
            stage: move.to,
            stages: list(
              workflow.stages.map((s) => s.key),
              'comma',
            ),
          }),
        ],
      });
    if (!move.bypassWorkflow) {
      const verdict = checkTransition(workflow, await this.facts(manager, request), {
        to: move.to,
        actors: move.actors,
        now: new Date().toISOString(),
      });
      if (!verdict.allowed)
        throw new AppError('CONFLICT', msg('workflow.refused', { reasons: list(verdict.reasons, 'semicolon') }), {
          reasons: verdict.reasons,
        });
    }
    const from = request.stage;
    request.stage = move.to;
    if (target.category === 'RELEASED') request.releasedAt = new Date();
    if (target.category === 'DEVELOPED_OUTSIDE') request.developedOutside = true;
    // Re-applying (after a rejection, or after developing outside) starts a new decision; the timeline keeps the old one.
    if (
      ['SUBMITTED', 'SURVEY', 'ASSESSMENT', 'DECISION'].includes(target.category) &&
      request.decisionOutcome !== null
    ) {
      request.decisionOutcome = null;
      request.decidedAt = null;
      request.decisionId = null;
      request.voteId = null;
      request.agendaItemId = null;
    }
    const saved = await manager.save(request);
    await manager.save(
      manager.create(RequestTransition, {
        requestId: request.id,
        fromStage: from,
        toStage: move.to,
        actorUserId: move.actorUserId,
        ...reasonColumns(move.reason),
      }),
    );
    await appendAuditEvent(manager, {
      partnershipId: request.partnershipId,
      actorUserId: move.actorUserId,
      action: 'request.transitioned',
      subjectType: 'FeatureRequest',
      subjectId: request.id,
      payload: {
        number: request.number,
        from,
        to: move.to,
        reason: typeof move.reason === 'string' ? move.reason : storedMessage(move.reason),
      },
    });
    const stageLabel = (key: string | null): ParamValue => {
      const stage = workflow.stages.find((s) => s.key === key);
      return stage ? { de: stage.labelDe, en: stage.labelEn } : (key ?? '');
    };
    const transition = { number: saved.number, title: saved.title, from: stageLabel(from), to: stageLabel(move.to) };
    await this.notify(
      manager,
      saved,
      move.actorUserId,
      NotificationKind.REQUEST_TRANSITION,
      move.reason
        ? msg('records.notifications.transitionWithReason', { ...transition, reason: move.reason })
        : msg('records.notifications.transition', transition),
    );
    return saved;
  }

  /**
   * An in-app notification and a mail to each subscriber but the one who acted: the notification is stored as
   * its message (rendered per reader), the mail is written in the subscriber's preferred language.
   */
  async notify(
    manager: EntityManager,
    request: FeatureRequest,
    actorUserId: string | null,
    kind: NotificationKind,
    text: MessageRef,
  ): Promise<void> {
    const subscribers: { id: string; email: string; display_name: string; preferred_language: string }[] =
      await manager.query(
        `SELECT u.id, u.email, u.display_name, u.preferred_language FROM feature_request_subscriptions s JOIN users u ON u.id = s.user_id
       WHERE s.request_id = $1 AND u.id IS DISTINCT FROM $2 ORDER BY u.email`,
        [request.id, actorUserId],
      );
    if (subscribers.length === 0) return;
    const stored = storedMessage(text);
    await manager.query(
      `INSERT INTO notifications (user_id, partnership_id, request_id, kind, text_key, text_params) SELECT unnest($1::uuid[]), $2, $3, $4, $5, $6`,
      [
        subscribers.map((s) => s.id),
        request.partnershipId,
        request.id,
        kind,
        stored.key,
        JSON.stringify(stored.params),
      ],
    );
    const partnership = await manager.findOneByOrFail(Partnership, { id: request.partnershipId });
    const link = `${this.mail.publicUrl}/p/${partnership.slug}/anfragen/${request.number}`;
    for (const s of subscribers) {
      const language = readerLanguage(undefined, s.preferred_language);
      await this.mail.send(
        manager,
        s.email,
        render(
          msg('records.mail.request.subject', {
            partnership: partnership.name,
            number: request.number,
            title: request.title,
          }),
          language,
        ),
        render(msg('records.mail.request.body', { name: s.display_name, text, link }), language),
      );
    }
  }
}

/** The reason columns of a timeline step: typed text as typed, the system's own reason as key and parameters. */
export function reasonColumns(
  reason: string | MessageRef,
): Pick<RequestTransition, 'reason' | 'reasonKey' | 'reasonParams'> {
  if (typeof reason === 'string') return { reason, reasonKey: null, reasonParams: null };
  const stored = storedMessage(reason);
  return { reason: '', reasonKey: stored.key, reasonParams: stored.params };
}
