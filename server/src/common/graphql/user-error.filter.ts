import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { readerLanguage } from '../i18n/messages';
import { AppError, AppErrorCode } from './app-error';

const httpStatus: Record<AppErrorCode, HttpStatus> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * A refused request (bad input, not signed in, forbidden, not found, conflict, too many attempts) is
 * an answer, not a server fault; Nest's own handler would log each one as an error with its stack.
 * In GraphQL the error goes on, unlogged, to the one error formatter; an HTTP route answers with the
 * matching status.
 */
@Catch(AppError)
export class UserErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const status = httpStatus[error.code];
    const http = host.switchToHttp();
    const { message } = error.localised(readerLanguage(http.getRequest<Request>().headers?.['accept-language']));
    http.getResponse<Response>().status(status).json({ statusCode: status, error: error.code, message });
  }
}
