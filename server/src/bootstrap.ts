import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { json, NextFunction, Request, Response, urlencoded } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppConfig } from './common/config/config';
import { msg, readerLanguage, render } from './common/i18n/messages';
import { UserErrorFilter } from './common/graphql/user-error.filter';
import { createValidationPipe } from './common/graphql/validation';

/** Long minutes and agendas fit; larger requests are refused with 413. */
const MAX_BODY = '1mb';

/**
 * A body that cannot be read is the client's fault: malformed JSON answers 400, an oversized body 413,
 * each with a message saying what is wrong (and not the 404 the route lookup would give after the error), in the
 * reader's language (the session is not looked up: the body was refused before anything else).
 */
function refuseUnreadableBody(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const { status, type } = (error ?? {}) as { status?: number; type?: string };
  const language = readerLanguage(req.headers['accept-language']);
  if (type === 'entity.too.large') {
    const message = msg('http.bodyTooLarge', { max: MAX_BODY });
    res.status(413).json({
      statusCode: 413,
      error: 'PAYLOAD_TOO_LARGE',
      message: render(message, language),
      messageKey: message.key,
      params: message.params,
    });
    return;
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = msg(type === 'entity.parse.failed' ? 'http.bodyNotJson' : 'http.bodyUnreadable');
    res.status(status).json({
      statusCode: status,
      error: 'BAD_REQUEST',
      message: render(message, language),
      messageKey: message.key,
      params: message.params,
    });
    return;
  }
  next(error);
}

/** Builds the configured application; used by `main.ts` and by the integration tests. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
    // Parsed below, so that a malformed or oversized body gets its own readable answer.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new UserErrorFilter());
  app.set('trust proxy', /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy);
  // Brotli or gzip on the fly for what the build has not compressed (GraphQL answers, exports, index.html); the
  // portal's precompressed files already carry their Content-Encoding and pass through untouched.
  app.use(compression());
  app.use(
    helmet({
      // Same-origin portal; KERN's styles set some inline style attributes. No upgrade on plain-HTTP local installs.
      contentSecurityPolicy: {
        directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'upgrade-insecure-requests': null },
      },
    }),
  );
  app.use(json({ limit: MAX_BODY }), urlencoded({ extended: true, limit: MAX_BODY }), refuseUnreadableBody);
  app.use(cookieParser());
  app.disable('x-powered-by');
  await app.init();
  return app;
}
