import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Params } from 'nestjs-pino';
import pino from 'pino';
import type { Options } from 'pino-http';
import PinoPretty from 'pino-pretty';
import { AppConfig } from '../config/config';

/**
 * Logs go to a person when stdout is a terminal (`npm start`): one readable line per event. Otherwise (a pipe, a
 * file, journald, Docker) to a collector: JSON, one object per line.
 */
export function prettyLogs(stdout: { isTTY?: boolean } = process.stdout): boolean {
  return stdout.isTTY === true;
}

/** The text of a pretty line: a request as `POST /graphql 200 in 12 ms`, anything else as its message. */
export function prettyMessage(log: Record<string, unknown>, messageKey: string): string {
  const context = typeof log.context === 'string' ? `[${log.context}] ` : '';
  const req = log.req as { method?: string; url?: string } | undefined;
  const res = log.res as { statusCode?: number } | undefined;
  if (req && res) return `${context}${req.method} ${req.url} ${res.statusCode} in ${log.responseTime} ms`;
  return `${context}${String(log[messageKey] ?? '')}`;
}

/** Nest's start-up lines, one per module and route: kept in the JSON logs, left out at the terminal. */
const startupContexts = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'GraphQLModule',
  'NestApplication',
]);

/** Whether a log call (its level and first argument, as pino's logMethod hook sees them) is start-up chatter. */
export function isStartupChatter(level: number, first: unknown): boolean {
  const context = typeof first === 'object' && first !== null ? (first as { context?: unknown }).context : undefined;
  return level <= pino.levels.values.info && typeof context === 'string' && startupContexts.has(context);
}

function prettyStream() {
  // In this thread and synchronous, so that the lines written just before an exit are not lost.
  return PinoPretty({
    colorize: true,
    sync: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat: prettyMessage,
  });
}

/** Each request carries an id (taken from X-Request-Id when the proxy sets one). */
export function loggingParams(config: AppConfig): Params {
  const options: Options = {
    level: config.logLevel,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: {
      ignore: (req: IncomingMessage) => req.url === '/health' || !(req.url ?? '').startsWith('/graphql'),
    },
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
  if (!prettyLogs()) return { pinoHttp: options };
  const quiet: Options = {
    ...options,
    hooks: {
      logMethod(args, method, level) {
        if (!isStartupChatter(level, args[0])) method.apply(this, args);
      },
    },
  };
  return { pinoHttp: [quiet, prettyStream()] };
}

/** The logger used before Nest is up (embedded database start, configuration errors). */
export function bootLogger(config: Pick<AppConfig, 'logLevel'>) {
  return prettyLogs() ? pino({ level: config.logLevel }, prettyStream()) : pino({ level: config.logLevel });
}
