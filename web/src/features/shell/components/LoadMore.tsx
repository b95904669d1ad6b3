import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

interface LoadMoreProps {
  label: string;
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  onLoad: () => void;
}

/** The button below a paged list, and what went wrong when the next page could not be loaded. */
export function LoadMore({ label, hasMore, loading, failed, onLoad }: LoadMoreProps) {
  const { t } = useTranslation();
  return (
    <>
      {failed && <ErrorAlert message={t('common.loadError')} onRetry={onLoad} />}
      {hasMore && !failed && (
        <p className="portal-load-more">
          <button type="button" className="kern-btn kern-btn--secondary" disabled={loading} onClick={onLoad}>
            <span className="kern-label">{loading ? t('common.loading') : label}</span>
          </button>
        </p>
      )}
    </>
  );
}
