import { Language } from '../users/language';

/*
 * A placeholder is a marked gap in a legal text that the operator must fill in: "[Bitte ergänzen: Postanschrift]".
 * Markdown shows the brackets as they are, so a reader sees the gap, and the portal tells platform admins which
 * gaps are still open. Pure: no Nest, no TypeORM.
 */

const markers: Record<Language, string> = { [Language.DE]: 'Bitte ergänzen', [Language.EN]: 'To be completed' };

/** "[Bitte ergänzen: Postanschrift]" / "[To be completed: Postal address]". */
export function placeholder(language: Language, label: string): string {
  return `[${markers[language]}: ${label}]`;
}

// Either language's marker, in either language's text: a German page pasted into the English one still counts.
const pattern = new RegExp(`\\[(?:${Object.values(markers).join('|')}): ([^\\]\\n]+)\\]`, 'g');

/** The labels of the placeholders still in a text, each once, in the order they first appear. */
export function openPlaceholders(body: string): string[] {
  return [...new Set([...body.matchAll(pattern)].map((match) => match[1].trim()))];
}
