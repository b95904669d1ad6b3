import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../features/shell/components/ErrorBoundary';
import { SessionExpiryRedirect } from '../features/auth/components/SessionExpiryRedirect';
import { Layout } from '../features/shell/components/Layout';
import { LoadingState } from '../features/shell/components/LoadingState';
import { apolloClient } from './apollo-client';

// Each page is its own chunk, so the first visit loads only the shell and the page it lands on.
const PartnershipListPage = lazy(() =>
  import('../features/partnerships/components/PartnershipListPage').then((module) => ({
    default: module.PartnershipListPage,
  })),
);
const PartnershipDetailPage = lazy(() =>
  import('../features/partnerships/components/PartnershipDetailPage').then((module) => ({
    default: module.PartnershipDetailPage,
  })),
);
const NewPartnershipPage = lazy(() =>
  import('../features/partnerships/components/NewPartnershipPage').then((module) => ({
    default: module.NewPartnershipPage,
  })),
);
const PeoplePage = lazy(() =>
  import('../features/people/components/PeoplePage').then((module) => ({ default: module.PeoplePage })),
);
const AuditLogPage = lazy(() =>
  import('../features/audit/components/AuditLogPage').then((module) => ({ default: module.AuditLogPage })),
);
const SignInPage = lazy(() =>
  import('../features/auth/components/SignInPage').then((module) => ({ default: module.SignInPage })),
);
const ForgotPasswordPage = lazy(() =>
  import('../features/auth/components/ForgotPasswordPage').then((module) => ({ default: module.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('../features/auth/components/ResetPasswordPage').then((module) => ({ default: module.ResetPasswordPage })),
);
const AcceptInvitationPage = lazy(() =>
  import('../features/invitations/components/AcceptInvitationPage').then((module) => ({
    default: module.AcceptInvitationPage,
  })),
);
const AccountPage = lazy(() =>
  import('../features/account/components/AccountPage').then((module) => ({ default: module.AccountPage })),
);
const OutboxPage = lazy(() =>
  import('../features/outbox/components/OutboxPage').then((module) => ({ default: module.OutboxPage })),
);
const CommitteesPage = lazy(() =>
  import('../features/committees/components/CommitteesPage').then((module) => ({ default: module.CommitteesPage })),
);
const CommitteePage = lazy(() =>
  import('../features/committees/components/CommitteePage').then((module) => ({ default: module.CommitteePage })),
);
const SessionPage = lazy(() =>
  import('../features/sessions/components/SessionPage').then((module) => ({ default: module.SessionPage })),
);
const VotesPage = lazy(() =>
  import('../features/votes/components/VotesPage').then((module) => ({ default: module.VotesPage })),
);
const VotePage = lazy(() =>
  import('../features/votes/components/VotePage').then((module) => ({ default: module.VotePage })),
);
const ApplyPage = lazy(() =>
  import('../features/applications/components/ApplyPage').then((module) => ({ default: module.ApplyPage })),
);
const ApplicationsPage = lazy(() =>
  import('../features/applications/components/ApplicationsPage').then((module) => ({
    default: module.ApplicationsPage,
  })),
);
const BacklogPage = lazy(() =>
  import('../features/feature-requests/components/BacklogPage').then((module) => ({ default: module.BacklogPage })),
);
const SubmitRequestPage = lazy(() =>
  import('../features/feature-requests/components/SubmitRequestPage').then((module) => ({
    default: module.SubmitRequestPage,
  })),
);
const RequestPage = lazy(() =>
  import('../features/feature-requests/components/RequestPage').then((module) => ({ default: module.RequestPage })),
);
const RoadmapPage = lazy(() =>
  import('../features/feature-requests/components/RoadmapPage').then((module) => ({ default: module.RoadmapPage })),
);
const ChangelogPage = lazy(() =>
  import('../features/feature-requests/components/ChangelogPage').then((module) => ({ default: module.ChangelogPage })),
);
const WorkflowPage = lazy(() =>
  import('../features/feature-requests/components/WorkflowPage').then((module) => ({ default: module.WorkflowPage })),
);
const AgreementsListPage = lazy(() =>
  import('../features/agreements/components/AgreementsListPage').then((module) => ({
    default: module.AgreementsListPage,
  })),
);
const NewAgreementPage = lazy(() =>
  import('../features/agreements/components/NewAgreementPage').then((module) => ({ default: module.NewAgreementPage })),
);
const AgreementPage = lazy(() =>
  import('../features/agreements/components/AgreementPage').then((module) => ({ default: module.AgreementPage })),
);
const ModulesPage = lazy(() =>
  import('../features/agreements/components/ModulesPage').then((module) => ({ default: module.ModulesPage })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/components/NotificationsPage').then((module) => ({
    default: module.NotificationsPage,
  })),
);
const FinanceHomePage = lazy(() =>
  import('../features/finance/components/FinanceHomePage').then((module) => ({ default: module.FinanceHomePage })),
);
const LedgerPage = lazy(() =>
  import('../features/finance/components/LedgerPage').then((module) => ({ default: module.LedgerPage })),
);
const StatementPage = lazy(() =>
  import('../features/finance/components/StatementPage').then((module) => ({ default: module.StatementPage })),
);
const TransparencyPage = lazy(() =>
  import('../features/finance/components/TransparencyPage').then((module) => ({ default: module.TransparencyPage })),
);
const FundPage = lazy(() =>
  import('../features/fund/components/FundPage').then((module) => ({ default: module.FundPage })),
);
const FeesPage = lazy(() =>
  import('../features/fees/components/FeesPage').then((module) => ({ default: module.FeesPage })),
);
const LegalPageView = lazy(() =>
  import('../features/legal/components/LegalPageView').then((module) => ({ default: module.LegalPageView })),
);
const LegalPagesAdminPage = lazy(() =>
  import('../features/legal/components/LegalPagesAdminPage').then((module) => ({
    default: module.LegalPagesAdminPage,
  })),
);
const LegalPageEditorPage = lazy(() =>
  import('../features/legal/components/LegalPageEditorPage').then((module) => ({
    default: module.LegalPageEditorPage,
  })),
);
const NotFoundPage = lazy(() =>
  import('../features/shell/components/NotFoundPage').then((module) => ({ default: module.NotFoundPage })),
);

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <BrowserRouter>
        <SessionExpiryRedirect />
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
          <Route path="/partnerschaften/neu" element={<NewPartnershipPage />} />
          <Route path="/p/:slug" element={<PartnershipDetailPage />} />
          <Route path="/p/:slug/personen" element={<PeoplePage />} />
          <Route path="/p/:slug/protokoll" element={<AuditLogPage />} />
          <Route path="/p/:slug/gremien" element={<CommitteesPage />} />
          <Route path="/p/:slug/gremien/:committeeId" element={<CommitteePage />} />
          <Route path="/p/:slug/sitzungen/:sessionId" element={<SessionPage />} />
          <Route path="/p/:slug/abstimmungen" element={<VotesPage />} />
          <Route path="/p/:slug/abstimmungen/:voteId" element={<VotePage />} />
          <Route path="/p/:slug/mitglied-werden" element={<ApplyPage />} />
          <Route path="/p/:slug/mitgliedschaft" element={<ApplicationsPage />} />
          <Route path="/p/:slug/anliegen" element={<BacklogPage />} />
          <Route path="/p/:slug/anliegen/neu" element={<SubmitRequestPage />} />
          <Route path="/p/:slug/anliegen/:number" element={<RequestPage />} />
          <Route path="/p/:slug/roadmap" element={<RoadmapPage />} />
          <Route path="/p/:slug/aenderungen" element={<ChangelogPage />} />
          <Route path="/p/:slug/ablauf" element={<WorkflowPage />} />
          <Route path="/p/:slug/finanzen" element={<FinanceHomePage />} />
          <Route path="/p/:slug/finanzen/buchungen" element={<LedgerPage />} />
          <Route path="/p/:slug/finanzen/auszug" element={<StatementPage />} />
          <Route path="/p/:slug/transparenz" element={<TransparencyPage />} />
          <Route path="/p/:slug/finanzen/beitraege" element={<FeesPage />} />
          <Route path="/p/:slug/finanzen/fonds" element={<FundPage />} />
          <Route path="/p/:slug/finanzen/vereinbarungen" element={<AgreementsListPage />} />
          <Route path="/p/:slug/finanzen/vereinbarungen/neu" element={<NewAgreementPage />} />
          <Route path="/p/:slug/finanzen/vereinbarungen/:id" element={<AgreementPage />} />
          <Route path="/p/:slug/module" element={<ModulesPage />} />
          <Route path="/benachrichtigungen" element={<NotificationsPage />} />
          <Route path="/anmelden" element={<SignInPage />} />
          <Route path="/passwort-vergessen" element={<ForgotPasswordPage />} />
          <Route path="/passwort-zuruecksetzen/:token" element={<ResetPasswordPage />} />
          <Route path="/einladung/:token" element={<AcceptInvitationPage />} />
          <Route path="/konto" element={<AccountPage />} />
          <Route path="/postausgang" element={<OutboxPage />} />
          <Route path="/impressum" element={<LegalPageView kind="IMPRINT" />} />
          <Route path="/datenschutz" element={<LegalPageView kind="PRIVACY" />} />
          <Route path="/barrierefreiheit" element={<LegalPageView kind="ACCESSIBILITY" />} />
          <Route path="/verwaltung/rechtstexte" element={<LegalPagesAdminPage />} />
          <Route path="/verwaltung/rechtstexte/:page/:language" element={<LegalPageEditorPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}
