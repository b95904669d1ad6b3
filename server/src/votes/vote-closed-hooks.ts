import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Vote } from './vote.entity';

export type VoteClosedHook = (manager: EntityManager, vote: Vote) => Promise<void>;

/**
 * What a closed vote moves on (an application admitted or rejected; later: a feature request). Other
 * modules register a hook for their subject type; it runs in the closing transaction.
 */
@Injectable()
export class VoteClosedHooks {
  private readonly hooks = new Map<string, VoteClosedHook>();

  register(subjectType: string, hook: VoteClosedHook): void {
    this.hooks.set(subjectType, hook);
  }

  async run(manager: EntityManager, vote: Vote): Promise<void> {
    if (!vote.subjectType) return;
    await this.hooks.get(vote.subjectType)?.(manager, vote);
  }
}
