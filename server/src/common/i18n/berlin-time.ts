import type { MessageLanguage } from './messages';

const formats: Record<MessageLanguage, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
};

/** A moment as the partnerships' mails name it, in German time ("Dienstag, 2. März 2027 um 10:00"). */
export function berlinDateTime(moment: Date, language: MessageLanguage): string {
  return formats[language].format(moment);
}
