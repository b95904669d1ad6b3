import { defaultMessageLanguage, isMessageRef, type MessageLanguage, type MessageRef, render } from '../i18n/messages';

export type AppErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/**
 * What a user reads: a catalogue message (`msg(key, params)`, rendered in the reader's language), or an English
 * sentence for the call sites not yet converted.
 */
export type Message = string | MessageRef;

/** Per-field messages, e.g. { population: ['population must not be negative, got -5'] }. */
export type FieldErrors = Record<string, Message[]>;

/** The message in `language`; an old-style English sentence stays as it is. */
export function renderMessage(message: Message, language: MessageLanguage): string {
  return isMessageRef(message) ? render(message, language) : message;
}

/**
 * The one error type services throw. The global formatter maps it to `extensions.code`; its message
 * says what was wrong and what is allowed.
 */
export class AppError extends Error {
  readonly messageRef?: MessageRef;

  constructor(
    readonly code: AppErrorCode,
    message: Message,
    readonly details?: { fields?: FieldErrors } & Record<string, unknown>,
  ) {
    super(typeof message === 'string' ? message : render(message, 'en'));
    this.name = 'AppError';
    if (isMessageRef(message)) this.messageRef = message;
  }

  /**
   * The message, the per-field messages and any other detail that is a message (e.g. a refused transition's
   * `reasons`) in `language`.
   */
  localised(language: MessageLanguage = defaultMessageLanguage): {
    message: string;
    details: Record<string, unknown>;
  } {
    const details: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(this.details ?? {})) {
      if (name === 'fields' && value)
        details.fields = Object.fromEntries(
          Object.entries(value as FieldErrors).map(([field, list]) => [
            field,
            list.map((m) => renderMessage(m, language)),
          ]),
        );
      else if (isMessageRef(value)) details[name] = render(value, language);
      else if (Array.isArray(value) && value.every(isMessageRef)) details[name] = value.map((m) => render(m, language));
      else details[name] = value;
    }
    const fields = this.details?.fields;
    const message = this.messageRef
      ? render(this.messageRef, language)
      : fields && this.message === AppError.joined(fields, 'en')
        ? AppError.joined(fields, language)
        : this.message;
    return { message, details };
  }

  /** Partial updates: these fields may be left out, but not set to null. */
  static refuseRemoval<T extends object>(input: T, fields: readonly (keyof T & string)[]): void {
    const removed = fields.filter((field) => input[field] === null);
    if (removed.length > 0)
      throw AppError.badInput(Object.fromEntries(removed.map((f) => [f, [`${f} cannot be removed, only changed`]])));
  }

  static badInput(fields: FieldErrors): AppError {
    return new AppError('BAD_USER_INPUT', AppError.joined(fields, 'en'), { fields });
  }

  private static joined(fields: FieldErrors, language: MessageLanguage): string {
    return Object.values(fields)
      .flat()
      .map((m) => renderMessage(m, language))
      .join('; ');
  }
}
