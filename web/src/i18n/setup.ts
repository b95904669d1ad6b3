import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import en from './en.json';

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

const defaultLanguage: Language = 'de';
const storageKey = 'allmende.language';

// `satisfies` makes the typecheck fail when en.json lacks a key that de.json has.
const resources = {
  de: { translation: de },
  en: { translation: en satisfies typeof de },
};

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

function storedLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : undefined;
  } catch {
    // Storage can be disabled by the browser or a policy; the portal then simply starts in German.
    return undefined;
  }
}

/** Switches the language and remembers the choice for the next visit. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered, but the switch itself still works.
  }
  await i18next.changeLanguage(language);
}

function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : defaultLanguage;
}

// Screen readers pick their pronunciation from <html lang>, so it follows every switch (WCAG 3.1.1).
i18next.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
});

void i18next.use(initReactI18next).init({
  resources,
  lng: storedLanguage() ?? defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  // The resources are bundled, so initialising synchronously lets the first render already be translated.
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
