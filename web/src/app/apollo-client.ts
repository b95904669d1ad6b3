import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldPolicy } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import i18next from 'i18next';
import { reportUnauthenticated } from '../features/auth/session-expiry';
import { isUnauthenticated } from './graphql-errors';

interface PageOf {
  nodes: readonly unknown[];
}

/**
 * A connection that grows with "load more": the first page (no `after`) replaces what is cached, later pages
 * append. The cursor is not part of the cache key, so every page lands in the same list.
 */
const appendPages: FieldPolicy<PageOf> = {
  keyArgs: false,
  merge(existing, incoming, { args }) {
    return existing && args?.after ? { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] } : incoming;
  },
};

// Same origin in production (the API serves the portal) and through Vite's proxy in development. The session
// is an httpOnly cookie, so requests carry credentials; they stay JSON POSTs, which the server's CSRF
// prevention lets through (a GET or a form post would not be).
const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

const activeLanguage = (): string => i18next.resolvedLanguage ?? i18next.language ?? 'de';

// Live tallies and session progress: graphql-ws on the same origin, signed in by the same cookie. It connects
// on the first subscription only, and reconnects after a network loss. A WebSocket carries no header of ours,
// so the reader's language goes with the connection (and with each subscription, see readerLanguage).
const ws = new GraphQLWsLink(
  createClient({
    url: () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    connectionParams: () => ({ acceptLanguage: activeLanguage() }),
    lazy: true,
    retryAttempts: Infinity,
  }),
);

// Any refused request, query or mutation, may mean the session expired: SessionExpiryRedirect decides.
const sessionExpiry = new ErrorLink(({ error }) => {
  if (isUnauthenticated(error)) reportUnauthenticated();
});

// The server answers its messages in the language the portal is read in: a header over HTTP, an extension of
// the subscription over graphql-ws (the connection may have been opened before a switch of language).
const readerLanguage = new ApolloLink((operation, forward) => {
  const language = activeLanguage();
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, 'Accept-Language': language },
  }));
  operation.extensions = { ...operation.extensions, acceptLanguage: language };
  return forward(operation);
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([
    sessionExpiry,
    readerLanguage,
    ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, ws, http),
  ]),
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          outbox: appendPages,
          partnerships: { ...appendPages, keyArgs: ['search'] },
          feeInvoices: { ...appendPages, keyArgs: ['partnershipId', 'year', 'status', 'organisationId'] },
        },
      },
      // A legal page has no id: it is one page in one language.
      LegalPage: { keyFields: ['kind', 'language'] },
      Partnership: {
        fields: {
          // Each search is its own list; the cursor is not part of the key.
          auditLog: { ...appendPages, keyArgs: ['search'] },
          // A fresh check replaces the previous result; it has no id of its own to merge by.
          auditChainStatus: { merge: false },
        },
      },
    },
  }),
});
