import {
  defaultMessageLanguage,
  isMessageRef,
  list,
  type MessageLanguage,
  type MessageRef,
  msg,
  render,
} from '../i18n/messages';

export type AppErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/**
 * What a user reads: a catalogue message (`msg(key, params)`), rendered in the reader's language. There is no
 * English-sentence alternative: a message without German and English text fails the typecheck.
 */
export type Message = MessageRef;

/** Per-field messages, e.g. { population: [msg('input.min', { field: 'population', min: 0, value: '-5' })] }. */
export type FieldErrors = Record<string, Message[]>;

/**
 * The one error type services throw. The global formatter maps it to `extensions.code`; its message
 * says what was wrong and what is allowed.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageRef: Message,
    readonly details?: { fields?: FieldErrors } & Record<string, unknown>,
  ) {
    // English for logs and stack traces; readers get `localised`.
    super(render(messageRef, 'en'));
    this.name = 'AppError';
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
          Object.entries(value as FieldErrors).map(([field, messages]) => [
            field,
            messages.map((m) => render(m, language)),
          ]),
        );
      else if (isMessageRef(value)) details[name] = render(value, language);
      else if (Array.isArray(value) && value.every(isMessageRef)) details[name] = value.map((m) => render(m, language));
      else details[name] = value;
    }
    return { message: render(this.messageRef, language), details };
  }

  /** Partial updates: these fields may be left out, but not set to null. */
  static refuseRemoval<T extends object>(input: T, fields: readonly (keyof T & string)[]): void {
    const removed = fields.filter((field) => input[field] === null);
    if (removed.length > 0)
      throw AppError.badInput(
        Object.fromEntries(removed.map((field) => [field, [msg('input.notRemovable', { field })]])),
      );
  }

  /** Bad input: its message is the one field message, or all of them in a row ("a; b"). */
  static badInput(fields: FieldErrors): AppError {
    const messages = Object.values(fields).flat();
    const message =
      messages.length === 1 ? messages[0] : msg('input.problems', { problems: list(messages, 'semicolon') });
    return new AppError('BAD_USER_INPUT', message, { fields });
  }
}
