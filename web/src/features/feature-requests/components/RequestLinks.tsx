import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The request pages of a partnership beside the backlog: roadmap, changelog and the process. */
export function RequestLinks({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <ul className="kern-list request-links">
      <li>
        <Link to={`/p/${slug}/roadmap`} className="kern-link">
          {t('requests.links.roadmap')}
        </Link>
      </li>
      <li>
        <Link to={`/p/${slug}/aenderungen`} className="kern-link">
          {t('requests.links.changelog')}
        </Link>
      </li>
      <li>
        <Link to={`/p/${slug}/ablauf`} className="kern-link">
          {t('requests.links.workflow')}
        </Link>
      </li>
    </ul>
  );
}
