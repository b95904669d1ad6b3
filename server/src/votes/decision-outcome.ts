/** Pure: the combined outcome of a question several committees must each accept (DIPAS: both commissions). */
import type { Outcome } from './tally';

/** null while any vote is still open; otherwise ACCEPTED only if every vote was, else the first failing outcome by severity. */
export function combineOutcomes(outcomes: readonly (Outcome | null)[]): Outcome | null {
  if (outcomes.length === 0 || outcomes.some((o) => o === null)) return null;
  for (const worst of ['VETOED', 'NO_QUORUM', 'REJECTED'] as const) if (outcomes.includes(worst)) return worst;
  return 'ACCEPTED';
}
