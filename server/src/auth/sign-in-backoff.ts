/*
 * How long a person waits after failed sign-ins: pure, no I/O (docs/security.md, "No lock-out by strangers").
 * Failures are counted per account *and* address, so a stranger's guesses slow only the stranger's own pair; the
 * owner signing in from anywhere else is not held up at all. Successes never count and clear the pair's failures.
 */
import { msg, type MessageRef } from '../common/i18n/messages';

/** The first wait once the free failures are used up, and the longest (15 minutes). */
export const BASE_WAIT_SECONDS = 15;
export const MAX_WAIT_SECONDS = 15 * 60;

/** Seconds to wait before the next attempt after `failures` consecutive failures of one account from one address. */
export function waitAfter(failures: number, freeFailures: number): number {
  if (failures < freeFailures) return 0;
  // 15 s, 30 s, 1 min, 2 min, 4 min, 8 min, then 15 min for every further failure.
  return Math.min(MAX_WAIT_SECONDS, BASE_WAIT_SECONDS * 2 ** Math.min(failures - freeFailures, 16));
}

/** "45 seconds", "1 minute", "12 minutes" (or "45 Sekunden" …) — rounded up, for the refusal's message. */
export function describeWait(seconds: number): MessageRef {
  if (seconds < 60) return msg('time.seconds', { count: Math.max(1, Math.ceil(seconds)) });
  return msg('time.minutes', { count: Math.ceil(seconds / 60) });
}
