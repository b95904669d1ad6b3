import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import type { AuditAction } from '../audit/audit-actions';
import { Viewer } from '../auth/viewer';
import { AppError } from '../common/graphql/app-error';
import { ChooseWorkflowTemplateInput, UpdateWorkflowInput } from './dto/feature-request.inputs';
import { PartnershipWorkflow } from './feature-request-records.entities';
import { stageMapping } from './request-rules';
import { validateWorkflow } from './workflow';
import { templateInfo, workflowTemplates } from './workflow-templates';
import type { FundingRoute, Workflow } from './workflow.types';
import { WorkflowType } from './feature-request.types';
import { list, msg, ParamValue } from '../common/i18n/messages';
import { storedMessage } from '../common/i18n/stored-text';

/** A partnership that chose no process yet runs the target process of the study (Smart Village App). */
export const DEFAULT_TEMPLATE = 'SMART_VILLAGE_APP' as const;

export function toWorkflowType(workflow: Workflow): WorkflowType {
  return {
    template: workflow.template,
    initialStage: workflow.initialStage,
    stages: workflow.stages as WorkflowType['stages'],
    transitions: workflow.transitions as WorkflowType['transitions'],
    surveyDays: workflow.surveyDays,
    decisionPaths: (
      Object.entries(workflow.decisions) as [FundingRoute, { preset: string; committeeKinds: string[] }][]
    ).map(([route, path]) => ({
      fundingRoute: route as WorkflowType['decisionPaths'][number]['fundingRoute'],
      preset: path.preset,
      committeeKinds: path.committeeKinds,
    })),
  };
}

@Injectable()
export class RequestWorkflowsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The partnership's workflow (its stored copy, or the default template). */
  async of(partnershipId: string, manager: EntityManager = this.dataSource.manager): Promise<Workflow> {
    const row = await manager.findOneBy(PartnershipWorkflow, { partnershipId });
    return row?.definition ?? workflowTemplates[DEFAULT_TEMPLATE];
  }

  async partnershipIdOf(slug: string): Promise<string> {
    const [row] = await this.dataSource.query('SELECT id FROM partnerships WHERE slug = $1', [slug]);
    if (!row) throw new AppError('NOT_FOUND', msg('request.noPartnershipSlug', { slug }));
    return row.id as string;
  }

  async choose(viewer: Viewer | null, input: ChooseWorkflowTemplateInput, outer?: EntityManager): Promise<Workflow> {
    const workflow = workflowTemplates[input.template];
    return this.store(viewer, input.partnershipId, workflow, 'workflow.template_chosen', outer);
  }

  async update(viewer: Viewer, input: UpdateWorkflowInput): Promise<Workflow> {
    const current = await this.of(input.partnershipId);
    const workflow: Workflow = {
      template: 'CUSTOM',
      initialStage: input.initialStage,
      stages: input.stages.map((s) => ({ key: s.key, category: s.category, labelDe: s.labelDe, labelEn: s.labelEn })),
      transitions: input.transitions.map((t) => ({ from: t.from, to: t.to, actors: t.actors, guards: t.guards })),
      surveyDays: input.surveyDays,
      // The decision paths stay as the template set them (they name rule presets and committee kinds).
      decisions: current.decisions,
    };
    const problems = validateWorkflow(workflow);
    if (problems.length > 0) throw AppError.badInput({ workflow: problems });
    return this.dataSource.transaction(async (manager) => {
      // Requests must not be stranded in a stage that no longer exists.
      const stranded: { stage: string; count: number }[] = await manager.query(
        `SELECT stage, count(*)::int AS count FROM feature_requests WHERE partnership_id = $1 AND NOT (stage = ANY($2)) GROUP BY stage ORDER BY stage`,
        [input.partnershipId, workflow.stages.map((s) => s.key)],
      );
      if (stranded.length > 0) {
        throw AppError.badInput({
          stages: stranded.map((s) => msg('request.stageStillHolds', { stage: s.stage, count: s.count })),
        });
      }
      return this.store(viewer, input.partnershipId, workflow, 'workflow.updated', manager);
    });
  }

  private async store(
    viewer: Viewer | null,
    partnershipId: string,
    workflow: Workflow,
    action: AuditAction,
    outer?: EntityManager,
  ): Promise<Workflow> {
    const run = <T>(work: (m: EntityManager) => Promise<T>) =>
      outer ? work(outer) : this.dataSource.transaction(work);
    return run(async (manager) => {
      let moved: { from: string; to: string; fallback: boolean }[] = [];
      if (action === 'workflow.template_chosen')
        moved = await this.carryRequestsOver(manager, viewer, partnershipId, workflow);
      await manager.query(
        `INSERT INTO partnership_workflows (partnership_id, template, definition, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (partnership_id) DO UPDATE SET template = $2, definition = $3, updated_at = now()`,
        [partnershipId, workflow.template, JSON.stringify(workflow)],
      );
      await appendAuditEvent(manager, {
        partnershipId,
        actorUserId: viewer?.user.id ?? null,
        action,
        subjectType: 'Partnership',
        subjectId: partnershipId,
        payload: { template: workflow.template, stages: workflow.stages.map((s) => s.key), moved },
      });
      return workflow;
    });
  }

  /** Moves the requests of stages the new process lacks to its stage of the same meaning, on their timelines. */
  private async carryRequestsOver(
    manager: EntityManager,
    viewer: Viewer | null,
    partnershipId: string,
    next: Workflow,
  ): Promise<{ from: string; to: string; fallback: boolean }[]> {
    const current = await this.of(partnershipId, manager);
    const inUse: { stage: string }[] = await manager.query(
      'SELECT DISTINCT stage FROM feature_requests WHERE partnership_id = $1 ORDER BY stage',
      [partnershipId],
    );
    const { moves, unmapped } = stageMapping(
      current,
      next,
      inUse.map((r) => r.stage),
    );
    if (unmapped.length > 0) {
      const stages = unmapped.map((u) => (u.category ? `${u.stage} (${u.category})` : u.stage));
      throw new AppError('CONFLICT', msg('request.unknownStagesInUse', { stages: list(stages, 'comma') }));
    }
    const info = next.template === 'CUSTOM' ? null : templateInfo[next.template];
    const template: ParamValue = info ? { de: info.nameDe, en: info.nameEn } : next.template;
    for (const move of moves) {
      const reason = storedMessage(
        msg(move.fallback ? 'records.timeline.processChangedFallback' : 'records.timeline.processChanged', {
          template,
        }),
      );
      await manager.query(
        `WITH moved AS (UPDATE feature_requests SET stage = $3, updated_at = now() WHERE partnership_id = $1 AND stage = $2 RETURNING id)
         INSERT INTO feature_request_transitions (request_id, from_stage, to_stage, actor_user_id, reason_key, reason_params) SELECT id, $2, $3, $4, $5, $6 FROM moved`,
        [partnershipId, move.from, move.to, viewer?.user.id ?? null, reason.key, JSON.stringify(reason.params)],
      );
    }
    return moves;
  }
}
