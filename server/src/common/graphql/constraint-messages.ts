import { getMetadataStorage, ValidationError } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { CENTS_OR_ZERO, POSITIVE_CENTS } from '../money';
import { list, type MessageRef, msg } from '../i18n/messages';

/*
 * class-validator's messages are English sentences. A failed constraint becomes a catalogue message instead, by
 * its kind and the values the decorator was given (a maximum, the allowed values), so every reader learns in
 * their language what was wrong and what is allowed.
 */

/** The forms a `@Matches` pattern stands for, by the pattern's source. */
const formOfPattern: Record<string, MessageRef> = {
  [POSITIVE_CENTS.source]: msg('input.form.positiveCents'),
  [CENTS_OR_ZERO.source]: msg('input.form.cents'),
  ['^\\d{4}-\\d{2}-\\d{2}$']: msg('input.form.date'),
  ['^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$']: msg('input.form.date'),
  ['^(0|[1-9][0-9]{0,5})(\\.[0-9])?$']: msg('input.form.personDays'),
  ['^[A-Z][A-Z0-9_]{0,59}$']: msg('input.form.stageKey'),
  ['^[a-z0-9]+(-[a-z0-9]+)*$']: msg('input.form.slug'),
  ['^(?!0+(\\.0+)?$)[0-9]{1,4}(\\.[0-9]{1,3})?$']: msg('input.form.voteWeight'),
  ['^[0-9]{8}$']: msg('input.form.municipalityKey'),
};

/** The form a pattern stands for; undefined for a pattern without one (the unit spec finds those). */
export function formOf(pattern: unknown): MessageRef | undefined {
  return pattern instanceof RegExp || typeof pattern === 'string'
    ? formOfPattern[pattern instanceof RegExp ? pattern.source : pattern]
    : undefined;
}

/** A value as a message parameter: short, and never an object's inner structure. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The constraint's arguments: what the decorator was given (`@MaxLength(200)` → [200]). */
function argumentsOf(error: ValidationError, kind: string): unknown[] {
  if (!error.target) return [];
  const metadata: ValidationMetadata[] = getMetadataStorage().getTargetValidationMetadatas(
    error.target.constructor,
    '',
    true,
    false,
  );
  return metadata.find((m) => m.propertyName === error.property && m.name === kind)?.constraints ?? [];
}

/** For `@Min` or `@Max`: "between min and max" when the field has both bounds, else the one bound. */
function boundMessage(error: ValidationError, field: string, value: string): MessageRef {
  const [min] = argumentsOf(error, 'min');
  const [max] = argumentsOf(error, 'max');
  if (min !== undefined && max !== undefined)
    return msg('input.between', { field, min: Number(min), max: Number(max), value });
  return max !== undefined
    ? msg('input.max', { field, max: Number(max), value })
    : msg('input.min', { field, min: Number(min), value });
}

/** The message of one failed constraint, e.g. kind 'maxLength' of `title` → "title must be at most 200 …". */
export function constraintMessage(error: ValidationError, kind: string): MessageRef {
  const field = error.property;
  const value = shown(error.value);
  const [first, second] = argumentsOf(error, kind);
  switch (kind) {
    case 'arrayMaxSize':
    case 'maxLength':
    case 'arrayMinSize':
    case 'minLength':
      return msg(`input.${kind}`, { field, count: Number(first) });
    case 'max':
    case 'min':
      return boundMessage(error, field, value);
    case 'isEnum':
      return msg('input.isEnum', { field, value, allowed: list((second as string[] | undefined) ?? [], 'or') });
    case 'isUrl': {
      const protocols = (first as { protocols?: string[] } | undefined)?.protocols ?? ['https', 'http'];
      return msg('input.isUrl', {
        field,
        value,
        protocols: list(
          protocols.map((p) => `${p}://`),
          'or',
        ),
      });
    }
    case 'matches':
      return msg('input.matches', { field, value, form: formOf(first) ?? String(first) });
    case 'isEmail':
    case 'isIso8601':
    case 'isUuid':
    case 'isInt':
      return msg(`input.${kind}`, { field, value });
    case 'isArray':
    case 'isBoolean':
    case 'isDate':
    case 'isNotEmpty':
    case 'isString':
    case 'isObject':
    case 'nestedValidation':
    case 'whitelistValidation':
      return msg(`input.${kind}`, { field });
    case 'unknownValue':
      return msg('input.unknownValue');
    default:
      // Not reached for the decorators server/src uses (constraint-messages.spec.ts enumerates them).
      return msg('input.invalid', { field, value });
  }
}

/** The constraint kinds that have a catalogue message: what the decorators in server/src may use. */
export const constraintKinds = [
  'arrayMaxSize',
  'maxLength',
  'arrayMinSize',
  'minLength',
  'max',
  'min',
  'isEnum',
  'isUrl',
  'matches',
  'isEmail',
  'isIso8601',
  'isUuid',
  'isInt',
  'isArray',
  'isBoolean',
  'isDate',
  'isNotEmpty',
  'isString',
  'isObject',
  'nestedValidation',
  'whitelistValidation',
  'unknownValue',
] as const;
