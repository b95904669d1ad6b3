import { useTranslation } from 'react-i18next';
import { summarisePayload, type PayloadLabels } from '../payload-summary';

/**
 * Readable names for the actions, subjects and payload fields the server records, and a payload's summary in the
 * reader's words. Every action the server appends has a label (server/src/audit/audit-actions.spec.ts checks it);
 * a record from an older or newer server may still name an unknown one, which is shown as recorded.
 */
export function useAuditLabels() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const find = (group: 'actions' | 'subjects' | 'fields' | 'values', code: string): string | null => {
    // Read as a resource, not through t(): the code comes from the server, not from the typed key list. The
    // separator is a colon so that an action's own dots ("membership.added") stay part of its key.
    const label: unknown = i18n.getResource(language, 'translation', `audit:${group}:${code}`, { keySeparator: ':' });
    return typeof label === 'string' ? label : null;
  };
  const payload: PayloadLabels = {
    language: language === 'en' ? 'en' : 'de',
    field: (name) => find('fields', name) ?? name,
    value: (code) => find('values', code),
  };
  return {
    action: (action: string) => find('actions', action) ?? action,
    subject: (subjectType: string) => find('subjects', subjectType) ?? subjectType,
    summary: (value: unknown) => summarisePayload(value, payload),
  };
}
