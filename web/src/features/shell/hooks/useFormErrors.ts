import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem, type FieldMessages } from '../../../app/graphql-errors';

/**
 * A form's error state: the server's message for the whole form and messages per field, from the form's own
 * checks or from the server. After a failed attempt, focus moves to the first invalid field, so keyboard and
 * screen reader users land where the correction is needed. Render the form with <Form errors={…}>.
 */
export function useFormErrors() {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<FieldMessages>({});
  const [message, setMessage] = useState<string | null>(null);
  // Set while the messages are the server's, which are in another language than the portal's.
  const [lang, setLang] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  /** Shows the form's own findings; returns whether there were none. */
  const check = useCallback((found: FieldMessages): boolean => {
    const problems = Object.fromEntries(
      Object.entries(found).filter(([, messages]) => messages && messages.length > 0),
    );
    setFields(problems);
    setMessage(null);
    setLang(undefined);
    if (Object.keys(problems).length === 0) return true;
    setAttempt((count) => count + 1);
    return false;
  }, []);

  /** Shows why the server refused (or could not be reached). */
  const fail = useCallback(
    (error: unknown) => {
      const problem = describeProblem(error, t('form.networkError'));
      setFields(problem.fields);
      setMessage(problem.message);
      setLang(problem.lang);
      setAttempt((count) => count + 1);
    },
    [t],
  );

  const clear = useCallback(() => {
    setFields({});
    setMessage(null);
    setLang(undefined);
  }, []);

  return { form, fields, message, lang, check, fail, clear };
}

export type FormErrors = ReturnType<typeof useFormErrors>;
