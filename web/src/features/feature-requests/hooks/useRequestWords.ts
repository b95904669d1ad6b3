import { useTranslation } from 'react-i18next';
import type { FundingRoute, InterestKind, RequestKind, RequestTarget, StageCategory } from '../../../generated/graphql';

export const requestKinds: RequestKind[] = ['FEATURE', 'BUG_FIX', 'SECURITY', 'DOCUMENTATION', 'OPTIMISATION'];
export const requestTargets: RequestTarget[] = ['CORE', 'MODULE', 'UNDECIDED'];
export const fundingRoutes: FundingRoute[] = ['ALL_MEMBERS', 'SUBGROUP', 'SINGLE_MEMBER', 'DEVELOPMENT_FUND'];
export const interestKinds: InterestKind[] = ['SUPPORT', 'WILL_USE', 'WILL_CO_FUND'];

interface StageLabels {
  key: string;
  category?: StageCategory;
  labelDe: string;
  labelEn: string;
}

/** A partnership's own stage names in the portal's language; the key when the workflow no longer has it. */
export function useStageLabel(stages: readonly StageLabels[]) {
  const { i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (key: string | null | undefined): string => {
    if (!key) return '';
    const stage = stages.find((candidate) => candidate.key === key);
    if (!stage) return key;
    return english ? stage.labelEn : stage.labelDe;
  };
}

/** German or English text of a pair the API gives in both languages (template names, descriptions). */
export function usePick() {
  const { i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (de: string, en: string): string => (english ? en : de);
}
