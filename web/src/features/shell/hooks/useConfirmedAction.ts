import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../../app/graphql-errors';
import type { Outcome } from '../components/OutcomeAlert';

/**
 * An action on one item that is confirmed first (revoke this invitation, remove that role): which item waits
 * for confirmation, whether the action runs, and what came of it. `run` returns the confirmation text.
 */
export function useConfirmedAction<Item>(run: (item: Item) => Promise<string>) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Item | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const ask = (item: Item) => {
    setOutcome(null);
    setPending(item);
  };
  const cancel = () => setPending(null);
  /** Runs at once, without asking: for when the action would overwrite nothing. */
  const perform = async (item: Item) => {
    setOutcome(null);
    setBusy(true);
    try {
      setOutcome({ ok: true, text: await run(item) });
    } catch (error) {
      const problem = describeProblem(error, t('form.networkError'));
      setOutcome({ ok: false, text: problem.message, lang: problem.lang });
    } finally {
      setBusy(false);
      setPending(null);
    }
  };
  const confirm = async () => {
    if (pending !== null) await perform(pending);
  };
  return { pending, busy, outcome, ask, cancel, confirm, perform };
}
