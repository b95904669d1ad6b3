import { useTranslation } from 'react-i18next';

/**
 * Readable names for the actions and subjects the server records. The server may add new ones before the
 * portal knows them; those are shown as recorded ("invitation.created") rather than hidden.
 */
export function useAuditLabels() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const lookup = (group: 'actions' | 'subjects', code: string): string => {
    // Read as a resource, not through t(): the code comes from the server, not from the typed key list. The
    // separator is a colon so that an action's own dots ("membership.added") stay part of its key.
    const label: unknown = i18n.getResource(language, 'translation', `audit:${group}:${code}`, { keySeparator: ':' });
    return typeof label === 'string' ? label : code;
  };
  return {
    action: (action: string) => lookup('actions', action),
    subject: (subjectType: string) => lookup('subjects', subjectType),
  };
}
