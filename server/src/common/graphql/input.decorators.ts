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

// The validation stacks the input types repeat. Their messages come from the catalogue by the constraint that
// failed (constraint-messages.ts), each naming the field the decorator sits on.

/**
 * Applies the decorators as if they were stacked in this order above the property. TypeScript runs a stack bottom
 * up, `applyDecorators` first to last; reversing keeps the constraints, and so the order of the messages when
 * several fail, exactly as the stacked decorators gave them.
 */
const stacked =
  (build: (field: string) => PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    applyDecorators(...build(String(key)).reverse())(target, key);

/** A UUID naming one record: "partnershipId must be an id (UUID) as returned by the API". */
export const IsId = () => stacked(() => [IsUUID('all')]);

/** One to `max` UUIDs of the same kind: "committeeIds needs at least one entry", "… takes at most 5 entries". */
export const IsIdList = (max: number) =>
  stacked(() => [ArrayMinSize(1), ArrayMaxSize(max), IsUUID('all', { each: true })]);

/** Trimmed text of at most `max` characters, possibly empty (a description, a note). */
export const Text = (max: number) => stacked(() => [Trim(), IsString(), MaxLength(max)]);

/** Trimmed text of 1 to `max` characters (a title, a name): whitespace alone counts as empty. */
export const NonEmptyText = (max: number) => stacked(() => [Trim(), IsString(), IsNotEmpty(), MaxLength(max)]);

/** Positive integer cents as a decimal string of at most 15 digits: "… must be a positive whole number of cents". */
export const IsPositiveCents = () => stacked(() => [Matches(POSITIVE_CENTS)]);

/** A whole number from `min` to `max`: "year must be between 2000 and 2100, got 1999". */
export const IsIntBetween = (min: number, max: number) => stacked(() => [IsInt(), Min(min), Max(max)]);
