export type AppErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/** Per-field messages, e.g. { population: ['population must not be negative, got -5'] }. */
export type FieldErrors = Record<string, string[]>;

/**
 * The one error type services throw. The global formatter maps it to `extensions.code`; its message
 * says what was wrong and what is allowed.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: { fields?: FieldErrors } & Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** Partial updates: these fields may be left out, but not set to null. */
  static refuseRemoval<T extends object>(input: T, fields: readonly (keyof T & string)[]): void {
    const removed = fields.filter((field) => input[field] === null);
    if (removed.length > 0)
      throw AppError.badInput(Object.fromEntries(removed.map((f) => [f, [`${f} cannot be removed, only changed`]])));
  }

  static badInput(fields: FieldErrors): AppError {
    const message = Object.values(fields).flat().join('; ');
    return new AppError('BAD_USER_INPUT', message, { fields });
  }
}
