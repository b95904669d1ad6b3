import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type de from './de.json';

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

const defaultLanguage: Language = 'de';
const storageKey = 'allmende.language';
// A switch in the header that the account has not stored yet (signed out, or the save failed).
const switchedKey = 'allmende.languageSwitched';

// Each language is a chunk of its own, fetched when it is first shown, so a visit downloads only the language it
// is read in. The type makes the typecheck fail when en.json lacks a key that de.json has.
const translations: Record<Language, () => Promise<{ default: typeof de }>> = {
  de: () => import('./de.json'),
  en: () => import('./en.json'),
};

async function load(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const { default: translation } = await translations[language]();
  i18next.addResourceBundle(language, 'translation', translation);
}

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

function storedLanguage(key = storageKey): Language | undefined {
  try {
    const value = window.localStorage.getItem(key);
    return isLanguage(value) ? value : undefined;
  } catch {
    // Storage can be disabled by the browser or a policy; the portal then simply starts in German.
    return undefined;
  }
}

/**
 * The reader switched in the header: switches, and remembers the switch until `forgetSwitch`, so that signing in
 * afterwards keeps this language (and stores it in the account) instead of adopting the account's older choice.
 */
export async function switchLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(switchedKey, language);
  } catch {
    // Without storage the switch is simply not carried over to the next sign-in.
  }
  await changeLanguage(language);
}

/** The language switched to in this browser that the account has not stored yet, if any. */
export function unsavedSwitch(): Language | undefined {
  return storedLanguage(switchedKey);
}

/** The account now holds the reader's choice. */
export function forgetSwitch(): void {
  try {
    window.localStorage.removeItem(switchedKey);
  } catch {
    // Nothing was remembered then.
  }
}

/** Switches the language and remembers the choice for the next visit. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered, but the switch itself still works.
  }
  await load(language);
  await i18next.changeLanguage(language);
}

function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : defaultLanguage;
}

// Screen readers pick their pronunciation from <html lang>, so it follows every switch (WCAG 3.1.1).
i18next.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
});

/** Settles when the first language is loaded; the portal renders after it, so its first paint is translated. */
export const i18nReady: Promise<unknown> = (async () => {
  const language = storedLanguage() ?? defaultLanguage;
  const { default: translation } = await translations[language]();
  return i18next.use(initReactI18next).init({
    resources: { [language]: { translation } },
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    // The first language is given as a resource, so initialising synchronously needs no further wait.
    initAsync: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
})();
