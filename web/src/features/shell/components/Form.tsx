import { createContext, useContext, type FormEvent, type ReactNode } from 'react';
import type { FormErrors } from '../hooks/useFormErrors';
import { ErrorAlert } from './ErrorAlert';

/** The language of the field messages on show, when they are the server's; read by the fields' error texts. */
const FieldMessageLanguage = createContext<string | undefined>(undefined);

export function useFieldMessageLanguage(): string | undefined {
  return useContext(FieldMessageLanguage);
}

interface FormProps {
  errors: FormErrors;
  onSubmit: () => void | Promise<void>;
  /** Shown below the form's error message, e.g. a way out when a link has expired. */
  afterError?: ReactNode;
  children: ReactNode;
}

/**
 * A portal form: validated by the portal rather than the browser (so messages follow the portal's language
 * and style), with the server's message for the whole form above the fields.
 */
export function Form({ errors, onSubmit, afterError, children }: FormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <form ref={errors.form} className="portal-form" noValidate onSubmit={submit}>
      {errors.message && (
        <>
          <ErrorAlert message={errors.message} lang={errors.lang} />
          {afterError}
        </>
      )}
      <FieldMessageLanguage.Provider value={errors.lang}>{children}</FieldMessageLanguage.Provider>
    </form>
  );
}
