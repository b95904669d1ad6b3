import { applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { POSITIVE_CENTS } from '../money';
import { Trim } from './trim';

// The validation stacks the input types repeat, with the messages they always had. Each message starts with the
// field's name, taken from the property the decorator sits on, so a stack cannot name the wrong field.

/**
 * Applies the decorators as if they were stacked in this order above the property. TypeScript runs a stack bottom
 * up, `applyDecorators` first to last; reversing keeps the constraints, and so the order of the messages when
 * several fail, exactly as the stacked decorators gave them.
 */
const stacked =
  (build: (field: string) => PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    applyDecorators(...build(String(key)).reverse())(target, key);

/** A UUID naming one record: `@IsId('a partnership')` → "partnershipId must be a partnership id (UUID)". */
export const IsId = (what: string) =>
  stacked((field) => [IsUUID('all', { message: `${field} must be ${what} id (UUID)` })]);

/**
 * One to `max` UUIDs of the same kind: `@IsIdList('committee', 5)` → "committeeIds needs at least one committee",
 * "… takes at most 5 committees", "… must be committee ids (UUID)".
 */
export const IsIdList = (noun: string, max: number) =>
  stacked((field) => [
    ArrayMinSize(1, { message: `${field} needs at least one ${noun}` }),
    ArrayMaxSize(max, { message: `${field} takes at most ${max} ${noun}s` }),
    IsUUID('all', { each: true, message: `${field} must be ${noun} ids (UUID)` }),
  ]);

/** Trimmed text of at most `max` characters, possibly empty (a description, a note). */
export const Text = (max: number) =>
  stacked((field) => [
    Trim(),
    IsString(),
    MaxLength(max, { message: `${field} must be at most ${max} characters long` }),
  ]);

/** Trimmed text of 1 to `max` characters (a title, a name): whitespace alone counts as empty. */
export const NonEmptyText = (max: number) =>
  stacked((field) => [
    Trim(),
    IsString(),
    IsNotEmpty({ message: `${field} must not be empty` }),
    MaxLength(max, { message: `${field} must be at most ${max} characters long` }),
  ]);

/**
 * Positive integer cents as a decimal string of at most 15 digits, optionally with an example:
 * `@IsPositiveCents('"250000" for 2,500 EUR')` → "amountCents must be a positive whole number of cents
 * (up to 15 digits), e.g. "250000" for 2,500 EUR, got $value".
 */
export const IsPositiveCents = (example?: string) =>
  stacked((field) => [
    Matches(POSITIVE_CENTS, {
      message: `${field} must be a positive whole number of cents (up to 15 digits), ${example ? `e.g. ${example}, ` : ''}got $value`,
    }),
  ]);

/**
 * A whole number from `min` to `max`: "year must be between 2000 and 2100, got $value". `notWhole` is the message
 * for a fraction, where the field has its own; GraphQL's Int refuses fractions before validation runs anyway.
 */
export const IsIntBetween = (min: number, max: number, notWhole?: string) =>
  stacked((field) => {
    const outside = `${field} must be between ${min} and ${max}, got $value`;
    return [
      IsInt(notWhole === undefined ? undefined : { message: notWhole }),
      Min(min, { message: outside }),
      Max(max, { message: outside }),
    ];
  });
