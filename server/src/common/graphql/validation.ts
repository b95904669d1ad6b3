import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { msg } from '../i18n/messages';
import { AppError, FieldErrors } from './app-error';
import { constraintMessage } from './constraint-messages';

/**
 * Flattens class-validator's nested errors into "field.path: messages", each failed constraint a catalogue
 * message (class-validator's own messages are English).
 */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const fields: FieldErrors = {};
  for (const error of errors) {
    const key = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) fields[key] = Object.keys(error.constraints).map((kind) => constraintMessage(error, kind));
    if (error.children?.length) Object.assign(fields, toFieldErrors(error.children, key));
  }
  return fields;
}

// eslint-disable-next-line no-control-regex -- the NUL character is exactly what is refused
const unsafeText = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string in `value` that holds a NUL character or an unpaired surrogate. */
export function findUnsafeText(value: unknown, path: string, seen = new Set<object>()): string | undefined {
  if (typeof value === 'string') return unsafeText.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    const found = findUnsafeText(item, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key, seen);
    if (found) return found;
  }
  return undefined;
}

/** Refuses text PostgreSQL cannot store, naming the first field that holds it (`path` is where `value` sits). */
export function refuseUnsafeText(value: unknown, path: string): void {
  const found = findUnsafeText(value, path);
  const field = found === '' ? 'input' : found;
  if (field !== undefined) throw AppError.badInput({ [field]: [msg('input.unsafeText', { field })] });
}

/** Nest passes a GraphQL resolver's `@Args()` to pipes with @nestjs/graphql's GqlParamtype.ARGS. */
const GRAPHQL_ARGS = 3;
const clientInput = new Set<unknown>(['body', 'query', 'param', GRAPHQL_ARGS]);

/**
 * Refuses, before class-validator and before any database write, text PostgreSQL cannot store. The access guard
 * checks the arguments as well, before a locator looks a record up by them (guards run before pipes).
 */
class SafeTextValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (clientInput.has(metadata.type)) refuseUnsafeText(value, metadata.data ?? '');
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new SafeTextValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The target tells which decorator failed, and so its arguments (the maximum, the allowed values).
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => AppError.badInput(toFieldErrors(errors)),
  });
}
