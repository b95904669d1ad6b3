import type { ApolloServerPlugin } from '@apollo/server';
import { appErrorOf, type LocalisableError } from '../graphql/format-error';
import { defaultMessageLanguage, languageOf } from './messages';

type ReaderContext = Parameters<typeof languageOf>[0];

/**
 * The error formatter cannot see the request, so it renders AppErrors in the default language; this renders
 * them again in the reader's (Accept-Language, else the signed-in person's preferred language).
 * Subscriptions over graphql-ws do not pass here and answer in German.
 */
export const readerLanguagePlugin: ApolloServerPlugin<ReaderContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const language = languageOf(contextValue);
        if (language === defaultMessageLanguage) return;
        for (const error of response.body.singleResult.errors as LocalisableError[]) {
          const original = error[appErrorOf];
          if (!original) continue;
          const { message, details } = original.localised(language);
          Object.assign(error, { message });
          if (error.extensions) Object.assign(error.extensions, details);
        }
      },
    };
  },
};
