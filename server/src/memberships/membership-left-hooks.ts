import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Membership } from './membership.entity';

export interface MembershipLeft {
  membership: Membership;
  /** The leaving date, YYYY-MM-DD. */
  on: string;
  actorUserId: string | null;
}

export type MembershipLeftHook = (manager: EntityManager, event: MembershipLeft) => Promise<void>;

/**
 * What a member's leaving ends elsewhere (its module uses and their cost splits). Modules that depend on
 * memberships register here, so memberships need not import them; the hooks run in the leaving transaction.
 */
@Injectable()
export class MembershipLeftHooks {
  private readonly hooks = new Map<string, MembershipLeftHook>();

  register(name: string, hook: MembershipLeftHook): void {
    this.hooks.set(name, hook);
  }

  async run(manager: EntityManager, event: MembershipLeft): Promise<void> {
    for (const hook of this.hooks.values()) await hook(manager, event);
  }
}
