import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../i18n/setup';
import { useAccountLanguage } from '../../auth/hooks/useAccountLanguage';

/**
 * Two toggle buttons; each language is named in itself and marked up with its lang (WCAG 3.1.2). Signed in, the
 * choice is also the account's language, which mails and notifications use.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const active = i18n.resolvedLanguage;
  const switchTo = useAccountLanguage();
  return (
    <div className="language-switch" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="language-switch__label">
        {t('language.label')}
      </span>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className={`kern-btn kern-btn--x-small ${language === active ? 'kern-btn--primary' : 'kern-btn--tertiary'}`}
          aria-pressed={language === active}
          onClick={() => void switchTo(language)}
        >
          <span className="kern-label">{t(`language.names.${language}`)}</span>
        </button>
      ))}
    </div>
  );
}
