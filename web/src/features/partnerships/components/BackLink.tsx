import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Back to the list of partnerships, or, on a partnership's sub-page, to its overview. */
export function BackLink({ partnership }: { partnership?: { slug: string; name: string } }) {
  const { t } = useTranslation();
  return (
    <p className="portal-back">
      <Link to={partnership ? `/p/${partnership.slug}` : '/'} className="kern-link">
        <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
        {partnership ? t('partnership.backToPartnership', { name: partnership.name }) : t('partnership.backToList')}
      </Link>
    </p>
  );
}
