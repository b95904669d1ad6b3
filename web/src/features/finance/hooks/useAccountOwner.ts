import { useTranslation } from 'react-i18next';

interface OwnedAccount {
  kind: string;
  organisation?: { name: string } | null;
  purpose?: { labelDe: string; labelEn: string } | null;
}

/**
 * Whom or what an account is kept for, in the reader's language: its organisation, its fund purpose, the general
 * fund, or nothing (the partnership's own accounts).
 */
export function useAccountOwner(): (account: OwnedAccount) => string | null {
  const { t, i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? i18n.language).startsWith('en');
  return (account) =>
    account.organisation?.name ??
    (account.purpose
      ? english
        ? account.purpose.labelEn
        : account.purpose.labelDe
      : account.kind === 'FUND'
        ? t('finance.generalFund')
        : null);
}
