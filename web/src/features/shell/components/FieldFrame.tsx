import type { ReactNode } from 'react';
import { FieldError } from './FieldError';

interface FieldFrameProps {
  /** The control's id: the label points at it, the hint and the error take it as their prefix. */
  fieldId: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** The control itself, with `id={fieldId}` and `aria-describedby={describedBy(…)}`. */
  children: ReactNode;
}

/** The KERN frame of a form field: its label, an optional hint, the control and its error messages. */
export function FieldFrame({ fieldId, label, hint, errors, children }: FieldFrameProps) {
  const invalid = hasErrors(errors);
  return (
    <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={fieldId}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={`${fieldId}-hint`}>
          {hint}
        </div>
      )}
      {children}
      {invalid && <FieldError id={`${fieldId}-error`} messages={errors} />}
    </div>
  );
}

export function hasErrors(errors: string[] | undefined): errors is string[] {
  return !!errors && errors.length > 0;
}
