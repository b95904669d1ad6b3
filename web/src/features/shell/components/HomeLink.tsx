import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The way out of a page that has nothing to show: back to the list of partnerships. */
export function HomeLink() {
  const { t } = useTranslation();
  return (
    <p className="kern-body">
      <Link to="/" className="kern-link">
        {t('notFound.home')}
      </Link>
    </p>
  );
}
