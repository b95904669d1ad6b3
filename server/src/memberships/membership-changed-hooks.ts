import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Membership } from './membership.entity';

/** admitted: added, or admitted on application; changed: any other change of status or rights; left: it became LEFT. */
export type MembershipEvent = 'admitted' | 'changed' | 'left';

export interface MembershipChanged {
  event: MembershipEvent;
  membership: Membership;
  /** The date the change takes effect, YYYY-MM-DD: the joining or leaving date, else today. */
  on: string;
  actorUserId: string | null;
}

export type MembershipChangedHook = (manager: EntityManager, change: MembershipChanged) => Promise<void>;

/**
 * What a membership change moves elsewhere: committee seats follow every change, and leaving ends the
 * member's module uses and their cost splits. The modules that depend on memberships register here, so
 * memberships need not import them; the hooks run in the changing transaction.
 */
@Injectable()
export class MembershipChangedHooks {
  private readonly hooks = new Map<string, { events: readonly MembershipEvent[]; hook: MembershipChangedHook }>();

  register(name: string, events: readonly MembershipEvent[], hook: MembershipChangedHook): void {
    this.hooks.set(name, { events, hook });
  }

  async run(manager: EntityManager, change: MembershipChanged): Promise<void> {
    for (const { events, hook } of this.hooks.values()) if (events.includes(change.event)) await hook(manager, change);
  }
}
