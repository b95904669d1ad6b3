import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';
import { describedBy } from './FieldError';
import { FieldFrame, hasErrors } from './FieldFrame';

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
  const invalid = hasErrors(errors);
  return (
    <FieldFrame fieldId={selectId} label={label} hint={hint} errors={errors}>
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
    </FieldFrame>
  );
}
