import { ErrorAlert } from './ErrorAlert';
import { SuccessAlert } from './SuccessAlert';

export interface Outcome {
  ok: boolean;
  text: string;
  /** The text's language when it is the server's (English) rather than the portal's. */
  lang?: string;
}

/** What came of an action: a confirmation, or the reason it failed. */
export function OutcomeAlert({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return outcome.ok ? (
    <SuccessAlert message={outcome.text} />
  ) : (
    <ErrorAlert message={outcome.text} lang={outcome.lang} />
  );
}
