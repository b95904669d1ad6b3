import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../features/shell/components/ErrorBoundary';
import { Layout } from '../features/shell/components/Layout';
import { LoadingState } from '../features/shell/components/LoadingState';
import { apolloClient } from './apollo-client';

// Each page is its own chunk, so the first visit loads only the shell and the page it lands on.
const PartnershipListPage = lazy(() =>
  import('../features/partnerships/components/PartnershipListPage').then((module) => ({ default: module.PartnershipListPage })),
);
const PartnershipDetailPage = lazy(() =>
  import('../features/partnerships/components/PartnershipDetailPage').then((module) => ({ default: module.PartnershipDetailPage })),
);
const NotFoundPage = lazy(() =>
  import('../features/shell/components/NotFoundPage').then((module) => ({ default: module.NotFoundPage })),
);

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <BrowserRouter>
        <Layout>
          <AppRoutes />
        </Layout>
      </BrowserRouter>
    </ApolloProvider>
  );
}

function AppRoutes() {
  const { pathname } = useLocation();
  return (
    // Keyed by path so that a page which failed to render does not take the next page down with it.
    <ErrorBoundary key={pathname}>
      <Suspense fallback={<LoadingState />}>
        <Routes>
          <Route path="/" element={<PartnershipListPage />} />
          <Route path="/p/:slug" element={<PartnershipDetailPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}
