import { useFieldMessageLanguage } from './Form';

/** The ids a field's aria-describedby lists: its hint first, then its error. */
export function describedBy(fieldId: string, hasHint: boolean, invalid: boolean): string | undefined {
  const ids = [hasHint && `${fieldId}-hint`, invalid && `${fieldId}-error`].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldError({ id, messages }: { id: string; messages: string[] }) {
  const lang = useFieldMessageLanguage();
  return (
    <p className="kern-error" id={id} lang={lang}>
      <span className="kern-icon kern-icon--danger" aria-hidden="true" />
      <span className="kern-body">{messages.join(' ')}</span>
    </p>
  );
}
