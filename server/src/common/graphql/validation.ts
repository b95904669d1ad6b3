import { ValidationPipe } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { AppError, FieldErrors } from './app-error';

/** Flattens class-validator's nested errors into "field.path: messages". */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const fields: FieldErrors = {};
  for (const error of errors) {
    const key = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) fields[key] = Object.values(error.constraints);
    if (error.children?.length) Object.assign(fields, toFieldErrors(error.children, key));
  }
  return fields;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => AppError.badInput(toFieldErrors(errors)),
  });
}
