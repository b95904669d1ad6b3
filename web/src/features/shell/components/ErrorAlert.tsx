import { useTranslation } from 'react-i18next';

interface ErrorAlertProps {
  message: string;
  /** The message's language when it differs from the page's (the server's messages are English). */
  lang?: string;
  onRetry?: () => void;
}

export function ErrorAlert({ message, lang, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{t('common.errorTitle')}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body" lang={lang}>
          {message}
        </p>
        {onRetry && (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onRetry}>
            <span className="kern-label">{t('common.retry')}</span>
          </button>
        )}
      </div>
    </div>
  );
}
