import type { ApolloServerPlugin } from '@apollo/server';
import type { ExecutionResult, FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { appErrorOf, type LocalisableError } from '../graphql/format-error';
import { defaultMessageLanguage, languageOf, type MessageLanguage } from './messages';

export type ReaderContext = Parameters<typeof languageOf>[0];

/** Renders an AppError's message and details again in `language` (the formatter used the default language). */
function localise(error: LocalisableError, language: MessageLanguage): void {
  const original = error[appErrorOf];
  if (!original || language === defaultMessageLanguage) return;
  const { message, details } = original.localised(language);
  Object.assign(error, { message });
  if (error.extensions) Object.assign(error.extensions, details);
}

/**
 * The error formatter cannot see the request, so it renders AppErrors in the default language; this renders
 * them again in the reader's (Accept-Language, else the signed-in person's preferred language).
 * Subscriptions over graphql-ws do not pass here: see `formatSubscriptionResult`.
 */
export const readerLanguagePlugin: ApolloServerPlugin<ReaderContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const language = languageOf(contextValue);
        for (const error of response.body.singleResult.errors as LocalisableError[]) localise(error, language);
      },
    };
  },
};

/**
 * The language a graphql-ws client names for its reader: per subscription (`extensions.acceptLanguage`, so a
 * switch applies without reconnecting), else for the connection (`connectionParams.acceptLanguage`).
 */
export function subscriptionLanguage(
  connectionParams: Readonly<Record<string, unknown>> | undefined,
  payload: SubscribePayload | undefined,
): string | undefined {
  const named = [payload?.extensions?.acceptLanguage, connectionParams?.acceptLanguage];
  return named.find((value): value is string => typeof value === 'string' && value.length > 0);
}

/**
 * graphql-ws sends execution results as graphql-js made them, past Apollo's formatter and plugins: this gives
 * their errors the same shape as over HTTP (code, messageKey, details), in the subscriber's language.
 */
export function formatSubscriptionResult(
  result: ExecutionResult,
  contextValue: ReaderContext,
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): FormattedExecutionResult | undefined {
  if (!result.errors?.length) return undefined;
  const language = languageOf(contextValue);
  const errors = result.errors.map((error) => {
    const formatted: LocalisableError = format(error.toJSON(), error);
    localise(formatted, language);
    return formatted;
  });
  return { ...result, errors };
}
