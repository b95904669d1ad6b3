import { useTranslation } from 'react-i18next';

/** A dash for sighted readers, words for screen readers (which would otherwise read "dash" or nothing). */
export function NotSpecified() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="kern-sr-only">{t('common.notSpecified')}</span>
    </>
  );
}
