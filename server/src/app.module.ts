import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import type { IncomingMessage } from 'node:http';
import type { ExecutionArgs, ExecutionResult, GraphQLSchema } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { DynamicModule, Logger as NestLogger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { Request } from 'express';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { sameOrigin, withCookies } from './common/auth/websocket-auth';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { SessionsService } from './auth/sessions.service';
import { AccessGuard } from './common/auth/access.guard';
import { AppConfigModule } from './common/config/config.module';
import { checkSubscription, complexityPlugin, depthRule, parseOptions } from './common/graphql/limits';
import { literalPathsRule } from './common/graphql/literal-paths';
import { MailModule } from './mail/mail.module';
import { PortalModule } from './common/portal/portal.module';
import { OidcModule } from './oidc/oidc.module';
import { PeopleModule } from './people/people.module';
import { AppConfig, repoRoot } from './common/config/config';
import { dataSourceOptions } from './data-source-options';
import { createErrorFormatter } from './common/graphql/format-error';
import {
  formatSubscriptionResult,
  readerLanguagePlugin,
  subscriptionLanguage,
  type ReaderContext,
} from './common/i18n/reader-language.plugin';
import { readerLanguage } from './common/i18n/messages';
import { GraphQLLoadersModule, LoadersFactory } from './loaders';
import { HealthController } from './common/health/health.controller';
import { loggingParams } from './common/logging/logging';
import { CommitteesModule } from './committees/committees.module';
import { LiveModule } from './live/live.module';
import { VotesModule } from './votes/votes.module';
import { FeatureRequestsModule } from './feature-requests/feature-requests.module';
import { ApplicationsModule } from './applications/applications.module';
import { MembershipsModule } from './memberships/memberships.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PartnershipsModule } from './partnerships/partnerships.module';
import { LedgerModule } from './finance/ledger/ledger.module';
import { FundModule } from './finance/fund/fund.module';
import { AgreementsModule } from './finance/agreements/agreements.module';
import { FeesModule } from './finance/fees/fees.module';
import { ReportsModule } from './finance/reports/reports.module';
import { LegalPagesModule } from './legal-pages/legal-pages.module';

export const webDist = path.join(repoRoot, 'web', 'dist');

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const development = config.nodeEnv === 'development';
    const errorLog = new NestLogger('GraphQL');
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot(loggingParams(config)),
        // Migrated before, as the schema's owner (`migrate.ts`): the app's own role may not change the schema.
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), migrationsRun: false }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [GraphQLLoadersModule, AuthModule],
          inject: [LoadersFactory, SessionsService],
          useFactory: (loaders: LoadersFactory, sessions: SessionsService) => {
            // The built schema, for checking subscriptions (graphql-ws gives its hooks none).
            let schema: GraphQLSchema | undefined;
            const formatError = createErrorFormatter({
              development,
              hideSchemaDetails: !config.graphqlIntrospection,
              log: (error) => errorLog.error(error),
            });
            return {
              path: '/graphql',
              transformSchema: (built: GraphQLSchema) => (schema = built),
              autoSchemaFile: true,
              sortSchema: true,
              playground: false,
              // Off in production unless GRAPHQL_INTROSPECTION=true; "Did you mean …" in errors with it.
              introspection: config.graphqlIntrospection,
              hideSchemaDetailsFromClientErrors: !config.graphqlIntrospection,
              csrfPrevention: true,
              includeStacktraceInErrorResponses: development,
              // HTTP requests, and (graphql-ws calls the same function with its own context and the subscription)
              // live subscriptions, signed in by the same session cookie and read in the language the client names.
              context: async (
                arg: {
                  req?: Request;
                  res?: unknown;
                  extra?: { request: IncomingMessage };
                  connectionParams?: Readonly<Record<string, unknown>>;
                },
                _id?: string,
                payload?: SubscribePayload,
              ) => {
                const req = arg.req ?? withCookies(arg.extra?.request as IncomingMessage);
                return {
                  req,
                  res: arg.res,
                  loaders: loaders.create(),
                  viewer: await sessions.viewerOf(req),
                  acceptLanguage: arg.req ? undefined : subscriptionLanguage(arg.connectionParams, payload),
                };
              },
              subscriptions: {
                'graphql-ws': {
                  onConnect: (ctx: { extra: unknown }) =>
                    sameOrigin((ctx.extra as { request: IncomingMessage }).request, config),
                  // The request limits of HTTP (tokens, depth, fields) for subscriptions too.
                  // The refusals in the language the client names (connection or subscription), else its handshake's.
                  onSubscribe: (
                    ctx: { connectionParams?: Readonly<Record<string, unknown>>; extra: unknown },
                    _id: string,
                    payload: SubscribePayload,
                  ) => {
                    const handshake = (ctx.extra as { request: IncomingMessage }).request.headers['accept-language'];
                    const language = readerLanguage(subscriptionLanguage(ctx.connectionParams, payload) ?? handshake);
                    return schema ? checkSubscription(schema, payload, language) : undefined;
                  },
                  // Errors as over HTTP, in the reader's language (graphql-ws passes neither formatter nor plugins).
                  onNext: (
                    _ctx: unknown,
                    _id: string,
                    _payload: unknown,
                    args: ExecutionArgs,
                    result: ExecutionResult,
                  ) => formatSubscriptionResult(result, args.contextValue as ReaderContext, formatError),
                },
              },
              // The access guard also runs for field resolvers (audit log, people …), deny by default.
              fieldResolverEnhancers: ['guards'],
              parseOptions,
              validationRules: [depthRule, literalPathsRule],
              plugins: [complexityPlugin, readerLanguagePlugin],
              formatError,
            };
          },
        }),
        ...(existsSync(path.join(webDist, 'index.html'))
          ? [
              PortalModule.forRoot({
                root: webDist,
                serverPrefixes: ['/graphql', '/health', '/auth/', '/calendar/', '/exports/'],
              }),
            ]
          : []),
        AuditModule,
        AuthModule,
        MailModule,
        PeopleModule,
        OidcModule,
        OrganisationsModule,
        PartnershipsModule,
        MembershipsModule,
        ApplicationsModule,
        LiveModule,
        CommitteesModule,
        CalendarModule,
        VotesModule,
        FeatureRequestsModule,
        LedgerModule,
        FundModule,
        AgreementsModule,
        FeesModule,
        ReportsModule,
        LegalPagesModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
