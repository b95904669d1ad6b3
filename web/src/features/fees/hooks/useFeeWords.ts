import { useTranslation } from 'react-i18next';
import type { FeeExplanationFieldsFragment } from '../../../generated/graphql';
import { useFormat } from '../../../i18n/useFormat';

/** Shared wording of the fee pages: population ranges and the sentence that explains an amount. */
export function useFeeWords() {
  const { t, i18n } = useTranslation();
  const german = (i18n.resolvedLanguage ?? i18n.language).startsWith('de');
  const format = useFormat();
  const range = (from: number | null | undefined, to: number | null | undefined): string => {
    const lower = from ?? 0;
    if (to === null || to === undefined)
      return lower === 0
        ? t('fees.schedule.populationAny')
        : t('fees.schedule.populationFrom', { from: format.integer(lower) });
    if (lower === 0) return t('fees.schedule.populationUpTo', { to: format.integer(to) });
    return t('fees.schedule.populationRange', { from: format.integer(lower), to: format.integer(to) });
  };
  const explain = (e: FeeExplanationFieldsFragment): string => {
    if (e.annualCents === '0') return e.tierLabel;
    let text = t('fees.explain.text', { tier: e.tierLabel, base: format.euros(e.baseCents) });
    if (e.indexationYears > 0)
      text += t('fees.explain.indexed', {
        factor: german ? e.indexationFactor.replace('.', ',') : e.indexationFactor,
        count: e.indexationYears,
      });
    text += t('fees.explain.rounded', {
      annual: format.euros(e.annualCents),
      rounding: t(`fees.rounding.${e.rounding}`),
    });
    if (e.months < 12) text += t('fees.explain.months', { months: e.months });
    return text;
  };
  return { range, explain };
}
