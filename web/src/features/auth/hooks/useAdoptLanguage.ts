import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language as AccountLanguage } from '../../../generated/graphql';
import { changeLanguage, unsavedSwitch, type Language } from '../../../i18n/setup';

/** The portal's language code for an account's language (the API spells them DE and EN). */
export function portalLanguage(language: AccountLanguage): Language {
  return language === 'EN' ? 'en' : 'de';
}

export function accountLanguage(language: Language): AccountLanguage {
  return language === 'en' ? 'EN' : 'DE';
}

/**
 * Switches the interface to the language a person chose for their account, unless they switched in the header
 * since: that newer choice wins and is stored in the account (useAccountLanguage).
 */
export function useAdoptLanguage() {
  const { i18n } = useTranslation();
  return useCallback(
    async (language: AccountLanguage) => {
      if (unsavedSwitch()) return;
      const wanted = portalLanguage(language);
      if (i18n.resolvedLanguage !== wanted) await changeLanguage(wanted);
    },
    [i18n],
  );
}
