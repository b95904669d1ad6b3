import { useId, type InputHTMLAttributes } from 'react';
import { FieldError, describedBy } from './FieldError';
import { hasErrors } from './FieldFrame';

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'className' | 'type'> {
  label: string;
  hint?: string;
  errors?: string[];
}

/** A KERN checkbox with its label beside it, an optional hint below the label and its error messages. */
export function CheckboxField({ label, hint, errors, id, ...input }: CheckboxFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const invalid = hasErrors(errors);
  return (
    <div className={`kern-form-check${invalid ? ' kern-form-check--error' : ''}`}>
      <input
        type="checkbox"
        id={inputId}
        className={`kern-form-check__checkbox${invalid ? ' kern-form-check__checkbox--error' : ''}`}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(inputId, !!hint, invalid)}
        {...input}
      />
      <label className="kern-label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint portal-check-hint" id={`${inputId}-hint`}>
          {hint}
        </div>
      )}
      {invalid && <FieldError id={`${inputId}-error`} messages={errors} />}
    </div>
  );
}
