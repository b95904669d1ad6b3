import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RulePreset, VoteRuleFieldsFragment } from '../../../generated/graphql';

export const rulePresets: RulePreset[] = [
  'SIMPLE_MAJORITY',
  'ABSOLUTE_MAJORITY',
  'TWO_THIRDS',
  'THREE_QUARTERS',
  'UNANIMITY',
];

export function isRulePreset(name: string): name is RulePreset {
  return (rulePresets as string[]).includes(name);
}

interface Sentences {
  sentenceDe?: string | null;
  sentenceEn?: string | null;
}

/**
 * Words for votes in the current language: the outcome sentence the API wrote in both languages, shares and
 * weights through Intl, and a decision rule spelt out ("mindestens 75 % der abgegebenen Stimmen").
 */
export function useVoteWords() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const english = locale.startsWith('en');
    const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const decimalFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
    const percent = (p: number, q: number): string => percentFormat.format(q === 0 ? 0 : p / q);
    return {
      sentence: (tally: Sentences | null | undefined): string | null =>
        (english ? tally?.sentenceEn : tally?.sentenceDe) ?? tally?.sentenceDe ?? tally?.sentenceEn ?? null,
      /** A weight sent as an exact decimal string ("2.5"). */
      decimal: (value: string): string => {
        const number = Number(value);
        return Number.isFinite(number) ? decimalFormat.format(number) : value;
      },
      ruleName: (name: string): string => (isRulePreset(name) ? t(`votes.preset.${name}`) : t('votes.preset.CUSTOM')),
      /** The rule as a list of short statements. */
      rule: (rule: VoteRuleFieldsFragment): string[] => {
        const lines = [
          t(`votes.rule.majority.${rule.comparator}`, {
            share: percent(rule.fraction.p, rule.fraction.q),
            base: t(`votes.rule.base.${rule.base}`),
          }),
          rule.weighted ? t('votes.rule.weighted') : t('votes.rule.unweighted'),
        ];
        const { quorum } = rule;
        if (quorum.kind === 'NONE') lines.push(t('votes.rule.quorum.NONE'));
        else if (quorum.kind === 'COUNT')
          lines.push(t(`votes.rule.quorum.COUNT_${quorum.of ?? 'PARTICIPATION'}`, { count: quorum.count ?? 0 }));
        else
          lines.push(
            t(`votes.rule.quorum.FRACTION_${quorum.of ?? 'PARTICIPATION'}`, {
              share: quorum.fraction ? percent(quorum.fraction.p, quorum.fraction.q) : '–',
            }),
          );
        lines.push(rule.secret ? t('votes.rule.secret') : t('votes.rule.open'));
        lines.push(rule.allowChange ? t('votes.rule.allowChange') : t('votes.rule.noChange'));
        if (rule.tieBreak === 'CHAIR_DECIDES') lines.push(t('votes.rule.chairDecides'));
        if (rule.veto) lines.push(t('votes.rule.veto'));
        if (rule.earlyClose) lines.push(t('votes.rule.earlyClose'));
        return lines;
      },
    };
  }, [t, locale]);
}
