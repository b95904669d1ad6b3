import { MessageKey, MessageLanguage, messageLanguages, MessageRef, ParamValue, render } from './messages';

/*
 * A text the server keeps for later readers (a booking text, a timeline reason, a notification) is stored as a
 * message key and its parameters in two columns (`…_key text`, `…_params jsonb`) and rendered per reader. Rows
 * from before keep their text in the plain column, and so does text a person typed.
 */

/** The key and parameters columns of a stored message. */
export interface StoredMessage {
  key: MessageKey | null;
  params: Record<string, ParamValue> | null;
}

/** The columns for a message to store. */
export function storedMessage(message: MessageRef): { key: MessageKey; params: Record<string, ParamValue> } {
  // Through JSON once, so that what is stored is exactly what a later read renders (a Date becomes its ISO text).
  return { key: message.key, params: JSON.parse(JSON.stringify(message.params)) as Record<string, ParamValue> };
}

/** The stored text in the reader's language: the message when there is one, else the text as it was written. */
export function renderStored(text: string | null, stored: StoredMessage, language: MessageLanguage): string {
  return stored.key ? render({ key: stored.key, params: stored.params ?? {} }, language) : (text ?? '');
}

/**
 * A mail to someone without an account (an applicant's contact person), whose language the platform does not know:
 * the subject and the body in German, then English.
 */
export function inBothLanguages(subject: MessageRef, body: MessageRef): { subject: string; body: string } {
  return {
    subject: messageLanguages.map((language) => render(subject, language)).join(' / '),
    body: messageLanguages.map((language) => render(body, language)).join('\n\n— English —\n\n'),
  };
}
