import { useTranslation } from 'react-i18next';

/**
 * A link at the top of a page to its main action (a form or a button further down), shown on phones only
 * (CSS): there the lists before it fill several screens, on wider screens the action is in sight or a short
 * scroll away. `target` is the id of the action's section heading.
 */
export function JumpLink({ target, label }: { target: string; label: string }) {
  const { t } = useTranslation();
  return (
    <p className="portal-jump">
      <a href={`#${target}`} className="kern-btn kern-btn--primary kern-btn--small">
        <span className="kern-icon kern-icon--arrow-down" aria-hidden="true" />
        <span className="kern-label">{t('common.jumpTo', { target: label })}</span>
      </a>
    </p>
  );
}
