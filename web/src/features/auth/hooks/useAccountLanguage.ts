import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import { UpdateAccountDocument } from '../../../generated/graphql';
import { forgetSwitch, switchLanguage, unsavedSwitch, type Language } from '../../../i18n/setup';
import { accountLanguage, portalLanguage, useAdoptLanguage } from './useAdoptLanguage';
import { useViewer } from './useViewer';

/**
 * Keeps the portal's language and the account's preferred language in step: mails and notifications are written
 * in the account's. A switch in the header is stored in the account; with a session (after signing in, or on
 * load) the portal takes the account's language, unless the reader switched in this browser since: then that
 * switch is stored instead. Returns what the header's switch calls.
 */
export function useAccountLanguage(): (language: Language) => Promise<void> {
  const { viewer } = useViewer();
  const [updateAccount] = useMutation(UpdateAccountDocument);
  const adoptLanguage = useAdoptLanguage();
  const viewerId = viewer?.id;
  const preferred = viewer?.preferredLanguage;

  const store = useCallback(
    async (language: Language) => {
      try {
        await updateAccount({ variables: { input: { preferredLanguage: accountLanguage(language) } } });
        forgetSwitch();
      } catch {
        // The switch stays remembered and is stored with the next session; an expired one leads to sign-in.
      }
    },
    [updateAccount],
  );

  useEffect(() => {
    if (!viewerId || !preferred) return;
    const switched = unsavedSwitch();
    if (switched === undefined) void adoptLanguage(preferred);
    else if (switched === portalLanguage(preferred)) forgetSwitch();
    else void store(switched);
  }, [viewerId, preferred, adoptLanguage, store]);

  return useCallback(
    async (language: Language) => {
      await switchLanguage(language);
      if (viewerId) await store(language);
    },
    [viewerId, store],
  );
}
