import { useId, type InputHTMLAttributes } from 'react';
import { FieldError, describedBy } from './FieldError';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> {
  label: string;
  hint?: string;
  /** Messages shown below the field; the field is then marked invalid and points at them. */
  errors?: string[];
}

/** A KERN text input with its label, an optional hint and its error messages, all tied to the input. */
export function TextField({ label, hint, errors, id, ...input }: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const invalid = !!errors && errors.length > 0;
  return (
    <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={`${inputId}-hint`}>
          {hint}
        </div>
      )}
      <input
        id={inputId}
        className={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(inputId, !!hint, invalid)}
        {...input}
      />
      {invalid && <FieldError id={`${inputId}-error`} messages={errors} />}
    </div>
  );
}
