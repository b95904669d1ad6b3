import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { legalPageKinds, legalPagePath } from '../legal-pages';
import '../legal.css';

/** The footer's links to the Impressum, the privacy notice and the accessibility statement, on every page. */
export function LegalLinks() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('legal.footerNavigation')}>
      <ul className="legal-links__list">
        {legalPageKinds.map((kind) => (
          <li key={kind}>
            <NavLink to={legalPagePath[kind]} className="kern-link">
              {t(`legal.title.${kind}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
