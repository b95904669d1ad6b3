import i18next from 'i18next';
import { de } from './messages.de';
import { en, type Catalogue } from './messages.en';

/*
 * Messages that reach a user are a key and parameters, rendered per reader (docs/architecture.md, "Messages in
 * the reader's language"). The English catalogue is the type: a key that does not exist, or a missing
 * parameter, fails the typecheck.
 */

export const messageLanguages = ['de', 'en'] as const;
export type MessageLanguage = (typeof messageLanguages)[number];
export const defaultMessageLanguage: MessageLanguage = 'de';

export type { Catalogue } from './messages.en';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type WithoutPlural<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;
export type MessageKey = WithoutPlural<Leaves<typeof en>>;

type At<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;
type Texts<K extends string> = At<typeof en, K> | At<typeof en, `${K}_one`> | At<typeof en, `${K}_other`>;
type Placeholders<S> = S extends `${string}{{${infer Inner}}}${infer Rest}`
  ? (Inner extends `${infer Name},${string}` ? Name : Inner) | Placeholders<Rest>
  : never;

/**
 * A parameter: text, a number (counts, euros), a date, another message rendered in the same language, a text
 * given in both languages (a stage's own label), or a list joined in the reader's language ("a, b or c").
 */
export type ParamValue = string | number | Date | MessageRef | InBothLanguages | ParamList;
export type InBothLanguages = Record<MessageLanguage, string>;
export interface ParamList {
  list: ParamValue[];
  join: 'and' | 'or' | 'comma' | 'semicolon';
}
export type MessageParams<K extends MessageKey> = { [N in Placeholders<Texts<K>>]: ParamValue };

export interface MessageRef {
  key: MessageKey;
  params: Record<string, ParamValue>;
}

/** `msg('auth.wrongPassword')`, `msg('time.minutes', { count: 3 })`: a message for the reader to be rendered. */
export function msg<K extends MessageKey>(
  key: K,
  ...params: [keyof MessageParams<K>] extends [never] ? [] : [MessageParams<K>]
): MessageRef {
  return { key, params: (params[0] ?? {}) as Record<string, ParamValue> };
}

/** A list parameter: `list(['a', 'b'], 'or')` reads "a or b", "a oder b". */
export function list(items: ParamValue[], join: ParamList['join']): ParamList {
  return { list: items, join };
}

export function isMessageRef(value: unknown): value is MessageRef {
  return (
    typeof value === 'object' && value !== null && typeof (value as MessageRef).key === 'string' && 'params' in value
  );
}

export const catalogues: Record<MessageLanguage, Catalogue> = { de, en };

const i18n = i18next.createInstance();
void i18n.init({
  resources: { de: { translation: de }, en: { translation: en } },
  lng: defaultMessageLanguage,
  fallbackLng: false,
  initAsync: false,
  // Messages are JSON strings, never HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

// British English: "12 March 2027", "a, b and c".
const intlLocale: Record<MessageLanguage, string> = { de: 'de-DE', en: 'en-GB' };

// `{{date, date}}`: a calendar date (an ISO string or a Date), the same on every server whatever its time zone.
i18n.services.formatter?.add('date', (value: unknown, lng: string | undefined) => {
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) return String(value);
  const locale = intlLocale[(lng as MessageLanguage) ?? defaultMessageLanguage] ?? lng;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
});

function renderParam(value: ParamValue, language: MessageLanguage): string | number | Date {
  if (isMessageRef(value)) return render(value, language);
  if (typeof value === 'object' && 'list' in value) {
    const items = value.list.map((item) => String(renderParam(item, language)));
    if (value.join === 'comma' || value.join === 'semicolon') return items.join(value.join === 'comma' ? ', ' : '; ');
    const type = value.join === 'or' ? 'disjunction' : 'conjunction';
    return new Intl.ListFormat(intlLocale[language], { type }).format(items);
  }
  if (typeof value === 'object' && !(value instanceof Date)) return value[language];
  return value;
}

/** The message in `language`; message parameters are rendered first, in the same language. */
export function render(message: MessageRef, language: MessageLanguage): string {
  const params = Object.fromEntries(
    Object.entries(message.params).map(([name, value]) => [name, renderParam(value, language)]),
  );
  return i18n.t(message.key, { ...params, lng: language });
}

/**
 * The reader's language: the one the client names first in Accept-Language (the portal sends its active
 * language), else the signed-in person's preferred language, else German.
 */
export function readerLanguage(acceptLanguage: string | undefined, preferred?: string | null): MessageLanguage {
  const named = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...options] = part.trim().split(';');
      const q = options.map((o) => /^\s*q=([\d.]+)\s*$/.exec(o)?.[1]).find((v) => v !== undefined);
      return { language: tag.split('-')[0].toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && (messageLanguages as readonly string[]).includes(entry.language))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  if (named[0]) return named[0].language as MessageLanguage;
  const own = preferred?.toLowerCase();
  return (messageLanguages as readonly string[]).includes(own ?? '')
    ? (own as MessageLanguage)
    : defaultMessageLanguage;
}

/**
 * The reader's language of a GraphQL request (its context holds the HTTP request and the viewer; a subscription's
 * also the language its client named over graphql-ws, which wins over the handshake's browser default).
 */
export function languageOf(context: { req?: unknown; viewer?: unknown; acceptLanguage?: string }): MessageLanguage {
  const req = context.req as { headers?: Record<string, string | string[] | undefined> } | undefined;
  const viewer = context.viewer as { user?: { preferredLanguage?: string | null } } | null | undefined;
  const header = context.acceptLanguage ?? req?.headers?.['accept-language'];
  return readerLanguage(Array.isArray(header) ? header.join(',') : header, viewer?.user?.preferredLanguage);
}
