import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-append';
import { APP_CONFIG } from '../common/config/app-config.provider';
import { AppConfig } from '../common/config/config';
import { JobLoop } from '../common/jobs/job-loop';
import { msg } from '../common/i18n/messages';
import { FeatureRequest } from './feature-request.entity';
import { RequestTransitions } from './request-transitions.service';
import { RequestWorkflowsService } from './request-workflows.service';
import { stageAfterSurvey } from './workflow';

/**
 * Closes interest surveys past their deadline, on every instance and at start-up (a deadline that passed
 * while none ran closes on the next start). Each request row is locked FOR UPDATE SKIP LOCKED, so two
 * instances never close the same survey and neither waits. Runs on the vote job's interval.
 */
@Injectable()
export class SurveyJobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: JobLoop;
  private readonly logger = new Logger('SurveyJobs');
  constructor(
    private readonly dataSource: DataSource,
    private readonly workflows: RequestWorkflowsService,
    private readonly transitions: RequestTransitions,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.loop = new JobLoop('Survey job', config.voteJobIntervalMs, () => this.round(), this.logger);
  }

  onApplicationBootstrap(): void {
    this.loop.kick();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }

  /** One round; returns how many surveys it closed. */
  async round(): Promise<{ closed: number }> {
    let closed = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const [row] = await manager.query(
          `SELECT id FROM feature_requests WHERE survey_deadline IS NOT NULL AND survey_closed_at IS NULL AND survey_deadline <= now()
           ORDER BY survey_deadline LIMIT 1 FOR UPDATE SKIP LOCKED`,
        );
        if (!row) return null;
        const request = await manager.findOneByOrFail(FeatureRequest, { id: row.id });
        request.surveyClosedAt = new Date();
        await manager.save(request);
        const [{ count }] = await manager.query(
          'SELECT count(*)::int AS count FROM interest_declarations WHERE request_id = $1',
          [request.id],
        );
        await appendAuditEvent(manager, {
          partnershipId: request.partnershipId,
          actorUserId: null,
          action: 'request.survey_closed',
          subjectType: 'FeatureRequest',
          subjectId: request.id,
          payload: {
            number: request.number,
            deadline: request.surveyDeadline?.toISOString() ?? null,
            declarations: count,
          },
        });
        const workflow = await this.workflows.of(request.partnershipId, manager);
        const next = stageAfterSurvey(workflow, await this.transitions.facts(manager, request));
        if (next && next !== request.stage) {
          await this.transitions.move(manager, workflow, request, {
            to: next,
            actorUserId: null,
            actors: ['SYSTEM'],
            reason: msg('records.timeline.surveyClosed', { count }),
          });
        }
        return request;
      });
      if (!done) break;
      closed += 1;
    }
    return { closed };
  }
}
