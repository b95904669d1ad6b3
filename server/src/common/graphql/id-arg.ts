import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { AppError } from './app-error';
import { msg } from '../i18n/messages';

/**
 * An ID argument that must be a UUID; anything else is refused before it reaches the database. `nullable` for
 * an id that may be left out (one of several ways to name a record).
 */
export const IdArg = (name = 'id', options: { nullable?: boolean } = {}) =>
  Args(
    name,
    { type: () => ID, nullable: options.nullable },
    new ParseUUIDPipe({
      optional: options.nullable,
      exceptionFactory: () => AppError.badInput({ [name]: [msg('input.uuid', { field: name })] }),
    }),
  );
