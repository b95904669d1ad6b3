import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { AppError } from './app-error';

/** An ID argument that must be a UUID; anything else is refused before it reaches the database. */
export const IdArg = (name = 'id') =>
  Args(
    name,
    { type: () => ID },
    new ParseUUIDPipe({
      exceptionFactory: () => AppError.badInput({ [name]: [`${name} must be a UUID as returned by the API`] }),
    }),
  );
