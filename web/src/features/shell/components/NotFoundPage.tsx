import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

interface NotFoundPageProps {
  /** A more specific explanation than "no page at this address", e.g. which partnership was not found. */
  message?: string;
}

export function NotFoundPage({ message }: NotFoundPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <h1 className="kern-heading-large">{t('notFound.title')}</h1>
      <p className="kern-body kern-body--large">{message ?? t('notFound.body')}</p>
      <p className="kern-body">
        <Link to="/" className="kern-link">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}
