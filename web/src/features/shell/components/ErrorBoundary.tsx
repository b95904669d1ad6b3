import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

/** Shows a readable message instead of a blank page when rendering fails, e.g. a page's chunk cannot load. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <RenderError /> : this.props.children;
  }
}

function RenderError() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="kern-heading-large">{t('common.errorTitle')}</h1>
      <ErrorAlert message={t('common.unexpectedError')} />
    </>
  );
}
