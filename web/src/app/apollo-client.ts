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
// Live tallies and session progress: graphql-ws on the same origin, signed in by the same cookie. It connects
// on the first subscription only, and reconnects after a network loss.
const ws = new GraphQLWsLink(
  createClient({
    url: () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    lazy: true,
    retryAttempts: Infinity,
  }),
);

// Any refused request, query or mutation, may mean the session expired: SessionExpiryRedirect decides.
const sessionExpiry = new ErrorLink(({ error }) => {
  if (isUnauthenticated(error)) reportUnauthenticated();
});

// The server answers its messages in the language the portal is read in.
const readerLanguage = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, 'Accept-Language': i18next.resolvedLanguage ?? i18next.language ?? 'de' },
  }));
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
          feeInvoices: { ...appendPages, keyArgs: ['partnershipId', 'year', 'status', 'organisationId'] },
        },
      },
      // A legal page has no id: it is one page in one language.
      LegalPage: { keyFields: ['kind', 'language'] },
      Partnership: {
        fields: {
          auditLog: appendPages,
          // A fresh check replaces the previous result; it has no id of its own to merge by.
          auditChainStatus: { merge: false },
        },
      },
    },
  }),
});
