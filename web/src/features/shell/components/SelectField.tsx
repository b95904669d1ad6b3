import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';
import { FieldError, describedBy } from './FieldError';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'> {
  label: string;
  hint?: string;
  errors?: string[];
  children: ReactNode;
}

/** A KERN select with its label, an optional hint and its error messages, all tied to the select. */
export function SelectField({ label, hint, errors, id, children, ...select }: SelectFieldProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  const invalid = !!errors && errors.length > 0;
  return (
    <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={selectId}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={`${selectId}-hint`}>
          {hint}
        </div>
      )}
      <div className="kern-form-input__select-wrapper">
        <select
          id={selectId}
          className={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}`}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(selectId, !!hint, invalid)}
          {...select}
        >
          {children}
        </select>
      </div>
      {invalid && <FieldError id={`${selectId}-error`} messages={errors} />}
    </div>
  );
}
