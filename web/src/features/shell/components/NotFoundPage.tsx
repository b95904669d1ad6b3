import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { HomeLink } from './HomeLink';

interface NotFoundPageProps {
  /** More specific than "page not found", e.g. "partnership not found", with the explanation to match. */
  title?: string;
  message?: string;
}

export function NotFoundPage({ title, message }: NotFoundPageProps) {
  const { t } = useTranslation();
  const heading = title ?? t('notFound.title');
  useDocumentTitle(heading);
  return (
    <>
      <h1 className="kern-heading-large">{heading}</h1>
      <p className="kern-body kern-body--large">{message ?? t('notFound.body')}</p>
      <HomeLink />
    </>
  );
}
