import { useTranslation } from 'react-i18next';

/** Confirms that something worked; a status region, so screen readers announce it without moving focus. */
export function SuccessAlert({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="kern-alert kern-alert--success" role="status">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--success" aria-hidden="true" />
        <span className="kern-title">{t('common.successTitle')}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{message}</p>
      </div>
    </div>
  );
}
