import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { AppError } from '../common/graphql/app-error';
import { FeatureRequest } from './feature-request.entity';
import { RequestWorkflowsService } from './request-workflows.service';
import { list, msg } from '../common/i18n/messages';

/** What financed a request: its cost-sharing agreement (all contracts signed) or a fund allocation (approved). */
export interface FinancingSource {
  type: 'COST_AGREEMENT' | 'FUND_ALLOCATION';
  id: string;
}

/**
 * The one way a request becomes financed (the workflow's FINANCED guard). Called by the finance modules
 * inside their transaction, so the request is financed exactly when the money is committed.
 */
@Injectable()
export class RequestFinancingService {
  constructor(private readonly workflows: RequestWorkflowsService) {}

  /** Refuses a request that cannot be financed now (failed decision, wrong stage, merged, already financed). */
  async assertFinanceable(manager: EntityManager, partnershipId: string, requestId: string): Promise<FeatureRequest> {
    const request = await manager.findOne(FeatureRequest, {
      where: { id: requestId, partnershipId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request) throw new AppError('NOT_FOUND', msg('request.notFoundHere', { id: requestId }));
    if (request.duplicateOfId) throw new AppError('CONFLICT', msg('request.mergedFinance', { number: request.number }));
    // Whether a decision must come first is the workflow's business (Masterportal finances before its
    // decision); a decision that was taken and failed always stops financing.
    if (request.decisionOutcome && request.decisionOutcome !== 'ACCEPTED') {
      const result = msg(`workflow.decision.${request.decisionOutcome}`);
      const decision = request.decidedAt
        ? msg('workflow.decision.voteOn', { date: request.decidedAt, result })
        : msg('workflow.decision.vote', { result });
      throw new AppError('CONFLICT', msg('request.financingNeedsDecision', { number: request.number, decision }));
    }
    const workflow = await this.workflows.of(request.partnershipId, manager);
    const category = workflow.stages.find((s) => s.key === request.stage)?.category;
    if (category !== 'ACCEPTED' && category !== 'FINANCING') {
      const stages = workflow.stages
        .filter((s) => s.category === 'ACCEPTED' || s.category === 'FINANCING')
        .map((s) => ({ de: s.labelDe, en: s.labelEn }));
      const current = workflow.stages.find((s) => s.key === request.stage);
      throw new AppError(
        'CONFLICT',
        msg('request.financingStage', {
          stages: stages.length > 0 ? list(stages, 'or') : msg('request.aFinancingStage'),
          number: request.number,
          stage: current ? { de: current.labelDe, en: current.labelEn } : request.stage,
        }),
      );
    }
    if (request.financedAt) throw new AppError('CONFLICT', msg('request.alreadyFinanced', { number: request.number }));
    return request;
  }

  async markFinanced(
    manager: EntityManager,
    partnershipId: string,
    requestId: string,
    by: { actorUserId: string | null; source: FinancingSource },
  ): Promise<FeatureRequest> {
    const request = await this.assertFinanceable(manager, partnershipId, requestId);
    request.financedAt = new Date();
    request.financedByUserId = by.actorUserId;
    await appendAuditEvent(manager, {
      partnershipId: request.partnershipId,
      actorUserId: by.actorUserId,
      action: 'request.financed',
      subjectType: 'FeatureRequest',
      subjectId: request.id,
      payload: {
        number: request.number,
        amountCents: request.amountCents,
        source: `${by.source.type}:${by.source.id}`,
      },
    });
    return manager.save(request);
  }
}
