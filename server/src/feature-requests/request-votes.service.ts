import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { AgendaService } from '../committees/agenda.service';
import { AgendaItemKind } from '../committees/committee-enums';
import { Committee } from '../committees/committee.entity';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/graphql/app-error';
import { combineOutcomes } from '../votes/decision-outcome';
import { VoteClosedHooks } from '../votes/vote-closed-hooks';
import { RulePreset, VoteStatus } from '../votes/vote-enums';
import type { Vote } from '../votes/vote.entity';
import { VoteOpeningService } from '../votes/vote-opening.service';
import { PutRequestToVoteInput } from './dto/feature-request.inputs';
import { DecisionOutcomeEnum, VoteRoute } from './feature-request-enums';
import { FeatureRequest } from './feature-request.entity';
import { RequestTransitions } from './request-transitions.service';
import { RequestWorkflowsService } from './request-workflows.service';
import { viewerActors, FeatureRequestsService } from './feature-requests.service';
import { decisionPathFor, stageAfterDecision } from './workflow';
import { list, msg } from '../common/i18n/messages';

/** The votes module types its subjects narrowly; requests are a second subject type (see the migration). */

/**
 * A request decided by the partnership's committees: in writing (a written procedure per committee of the
 * workflow's decision path, with its rule preset) or as a DECISION item on a session's agenda. When the
 * vote closes (all of them, for a joint decision), the hook records the outcome and moves the request on.
 */
@Injectable()
export class RequestVotesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly votes: VoteOpeningService,
    private readonly agenda: AgendaService,
    private readonly hooks: VoteClosedHooks,
    private readonly workflows: RequestWorkflowsService,
    private readonly transitions: RequestTransitions,
    private readonly requests: FeatureRequestsService,
  ) {}

  onModuleInit(): void {
    this.hooks.register('FEATURE_REQUEST', (manager, vote) => this.onVoteClosed(manager, vote));
  }

  async putToVote(viewer: Viewer, input: PutRequestToVoteInput): Promise<FeatureRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(FeatureRequest, {
        where: { id: input.requestId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw new AppError('NOT_FOUND', msg('request.notFound', { id: input.requestId }));
      if (request.voteId || request.agendaItemId) {
        const open = request.voteId
          ? await manager.query(`SELECT 1 FROM votes WHERE id = $1 AND status = 'OPEN'`, [request.voteId])
          : [];
        if (open.length > 0 || (request.agendaItemId && !request.decisionOutcome))
          throw new AppError('CONFLICT', msg('request.beingDecided', { number: request.number }));
      }
      const workflow = await this.workflows.of(request.partnershipId, manager);
      const path = decisionPathFor(workflow, request.fundingRoute);
      if (!path) throw new AppError('CONFLICT', msg('request.noDecisionPath', { route: request.fundingRoute }));
      const committees = await this.committeesFor(
        manager,
        request.partnershipId,
        path.committeeKinds,
        input.committeeIds,
      );
      // Onto the decision stage first: its guards (assessed, estimated …) apply before any vote opens.
      const current = workflow.stages.find((s) => s.key === request.stage);
      if (current?.category !== 'DECISION') {
        const step = workflow.transitions.find(
          (t) => t.from === request.stage && workflow.stages.find((s) => s.key === t.to)?.category === 'DECISION',
        );
        if (!step)
          throw new AppError(
            'CONFLICT',
            msg('request.noDecisionFrom', {
              stage: current ? { de: current.labelDe, en: current.labelEn } : request.stage,
            }),
          );
        await this.transitions.move(manager, workflow, request, {
          to: step.to,
          actorUserId: viewer.user.id,
          actors: viewerActors(viewer, request, await this.requests.organisationOf(manager, request)),
          reason: msg(
            input.route === VoteRoute.WRITTEN
              ? 'records.timeline.putToWrittenProcedure'
              : 'records.timeline.putOnAgenda',
          ),
        });
      }
      const title = `Anfrage #${request.number}: ${request.title}`.slice(0, 200);
      const description = request.description.slice(0, 5000);
      if (input.route === VoteRoute.WRITTEN) {
        const subject = { type: 'FEATURE_REQUEST' as const, id: request.id };
        const votes = await this.votes.startWritten(
          viewer,
          request.partnershipId,
          {
            committeeIds: committees.map((c) => c.id),
            title,
            description,
            deadline: input.deadline as Date,
            rule: { preset: path.preset as RulePreset },
            fundamental: input.fundamental,
          },
          subject,
          manager,
        );
        request.voteId = votes[votes.length - 1].id;
        request.decisionId = votes[0].decisionId;
        request.agendaItemId = null;
      } else {
        if (committees.length > 1)
          throw AppError.badInput({
            route: [msg('request.jointInWriting')],
          });
        const decidedBy = committees[0];
        const item = await this.agenda.addItem(
          manager,
          viewer.user.id,
          request.partnershipId,
          input.sessionId as string,
          {
            kind: AgendaItemKind.DECISION,
            title,
            description,
            subjectType: 'FEATURE_REQUEST',
            subjectId: request.id,
            rulePreset: path.preset as RulePreset,
          },
          {
            accept: (session) => {
              if (session.committeeId !== decidedBy.id)
                throw AppError.badInput({
                  sessionId: [msg('request.sessionOtherCommittee', { committee: decidedBy.name })],
                });
            },
            audit: { featureRequest: request.number },
          },
        );
        request.agendaItemId = item.id;
        request.voteId = null;
        request.decisionId = null;
      }
      request.decisionOutcome = null;
      request.decidedAt = null;
      await appendAuditEvent(manager, {
        partnershipId: request.partnershipId,
        actorUserId: viewer.user.id,
        action: 'request.put_to_vote',
        subjectType: 'FeatureRequest',
        subjectId: request.id,
        payload: {
          number: request.number,
          route: input.route,
          preset: path.preset,
          committees: committees.map((c) => c.id),
          voteId: request.voteId,
          agendaItemId: request.agendaItemId,
        },
      });
      return manager.save(request);
    });
  }

  private async committeesFor(
    manager: EntityManager,
    partnershipId: string,
    kinds: readonly string[],
    chosen: string[] | undefined,
  ): Promise<Committee[]> {
    if (chosen) {
      const found = await manager
        .getRepository(Committee)
        .createQueryBuilder('c')
        .where('c.id = ANY(:ids)', { ids: chosen })
        .getMany();
      const problems = chosen
        .filter((id) => !found.some((c) => c.id === id && c.partnershipId === partnershipId && c.votes))
        .map((id) => msg('request.noVotingCommittee', { id }));
      if (problems.length > 0) throw AppError.badInput({ committeeIds: problems });
      return chosen.map((id) => found.find((c) => c.id === id) as Committee);
    }
    const committees = await manager.find(Committee, {
      where: { partnershipId, votes: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const picked: Committee[] = [];
    const missing: string[] = [];
    for (const kind of kinds) {
      const committee = committees.find((c) => c.kind === kind);
      if (committee) picked.push(committee);
      else missing.push(kind);
    }
    if (missing.length > 0)
      throw AppError.badInput({
        committeeIds: [
          msg('request.missingCommittees', { kinds: list([...kinds], 'and'), missing: list(missing, 'comma') }),
        ],
      });
    return picked;
  }

  /** Runs in the closing transaction of each vote on a request. */
  private async onVoteClosed(manager: EntityManager, vote: Vote): Promise<void> {
    const request = await manager.findOne(FeatureRequest, {
      where: { id: vote.subjectId as string },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request) return;
    if (vote.status === VoteStatus.CANCELLED) {
      if (request.voteId === vote.id) request.voteId = null;
      await manager.save(request);
      return;
    }
    request.voteId = vote.id;
    let outcome = vote.outcome as string | null;
    if (vote.decisionId) {
      const rows: { outcome: string | null; status: string }[] = await manager.query(
        `SELECT outcome, status FROM votes WHERE decision_id = $1 AND status <> 'CANCELLED'`,
        [vote.decisionId],
      );
      outcome = combineOutcomes(rows.map((r) => (r.status === 'OPEN' ? null : (r.outcome as 'ACCEPTED')))) as
        string | null;
      request.decisionId = vote.decisionId;
    }
    if (outcome === null) {
      await manager.save(request);
      return; // another committee of the joint decision still votes
    }
    request.decisionOutcome = outcome as DecisionOutcomeEnum;
    request.decidedAt = vote.closedAt ?? new Date();
    request.agendaItemId = null;
    await manager.save(request);
    await appendAuditEvent(manager, {
      partnershipId: request.partnershipId,
      actorUserId: null,
      action: 'request.decided',
      subjectType: 'FeatureRequest',
      subjectId: request.id,
      payload: { number: request.number, outcome, voteId: vote.id, decisionId: vote.decisionId },
    });
    const workflow = await this.workflows.of(request.partnershipId, manager);
    const next = stageAfterDecision(workflow, await this.transitions.facts(manager, request));
    if (next && next !== request.stage) {
      await this.transitions.move(manager, workflow, request, {
        to: next,
        actorUserId: null,
        actors: ['SYSTEM'],
        reason: vote.result
          ? msg('records.timeline.voteResult', { result: { de: vote.result.sentence.de, en: vote.result.sentence.en } })
          : msg('records.timeline.voteOutcome', { outcome: msg(`records.outcome.${outcome as DecisionOutcomeEnum}`) }),
      });
    }
  }
}
