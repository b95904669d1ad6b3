import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../common/config/app-config.provider';
import { AppConfig } from '../common/config/config';
import { JobLoop } from '../common/jobs/job-loop';
import { auditPendingBallots } from './ballot-audit';
import { CloseReason } from './vote-enums';
import { Vote } from './vote.entity';
import { VotesService } from './votes.service';

/**
 * Background work of every instance, safe with several running: votes past their deadline are closed
 * (each row locked FOR UPDATE SKIP LOCKED, so two instances never close the same vote and neither
 * waits), and ballots reach the audit chain in batches. It runs at start-up too, so a deadline that
 * passed while no instance was running closes on the next start. No in-memory timer decides alone.
 */
@Injectable()
export class VoteJobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: JobLoop;
  private readonly logger = new Logger('VoteJobs');
  constructor(
    private readonly dataSource: DataSource,
    private readonly votes: VotesService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.loop = new JobLoop('Vote job', config.voteJobIntervalMs, () => this.round(), this.logger);
  }

  onApplicationBootstrap(): void {
    this.loop.kick();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }

  /** One round; returns what it did (for tests and logs). */
  async round(): Promise<{ closed: number; audited: number }> {
    let closed = 0;
    for (;;) {
      const vote = await this.dataSource.transaction(async (manager) => {
        const [row] = await manager.query(
          `SELECT id FROM votes WHERE status = 'OPEN' AND deadline <= now() ORDER BY deadline LIMIT 1 FOR UPDATE SKIP LOCKED`,
        );
        if (!row) return null;
        const locked = await manager.findOneByOrFail(Vote, { id: row.id });
        return this.votes.closeLocked(manager, locked, null, CloseReason.DEADLINE);
      });
      if (!vote) break;
      closed += 1;
      await this.votes.afterClose(vote);
      this.logger.log(`Closed vote ${vote.id} at its deadline: ${vote.outcome}`);
    }
    let audited = 0;
    for (;;) {
      const written = await this.dataSource.transaction((manager) => auditPendingBallots(manager));
      audited += written;
      if (written === 0) break;
    }
    return { closed, audited };
  }
}
