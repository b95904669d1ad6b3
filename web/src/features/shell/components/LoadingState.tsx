import { useTranslation } from 'react-i18next';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <div className="portal-loading" role="status">
      <div className="kern-loader kern-loader--visible" aria-hidden="true" />
      <p className="kern-body">{t('common.loading')}</p>
    </div>
  );
}
