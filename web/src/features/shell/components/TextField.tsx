import { useId, type InputHTMLAttributes } from 'react';
import { describedBy } from './FieldError';
import { FieldFrame, hasErrors } from './FieldFrame';

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
  const invalid = hasErrors(errors);
  return (
    <FieldFrame fieldId={inputId} label={label} hint={hint} errors={errors}>
      <input
        id={inputId}
        className={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(inputId, !!hint, invalid)}
        {...input}
      />
    </FieldFrame>
  );
}
