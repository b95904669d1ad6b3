import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

// Same origin in production (the API serves the portal) and through Vite's proxy in development.
export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql' }),
  cache: new InMemoryCache(),
});
