import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, languages } from '../../../i18n/setup';

/** Two toggle buttons; each language is named in itself and marked up with its lang (WCAG 3.1.2). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const active = i18n.resolvedLanguage;
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
          onClick={() => void changeLanguage(language)}
        >
          <span className="kern-label">{t(`language.names.${language}`)}</span>
        </button>
      ))}
    </div>
  );
}
