import { useId, type TextareaHTMLAttributes } from 'react';
import { describedBy } from './FieldError';
import { FieldFrame, hasErrors } from './FieldFrame';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'> {
  label: string;
  hint?: string;
  errors?: string[];
}

/** A KERN multi-line text input with its label, an optional hint and its error messages. */
export function TextAreaField({ label, hint, errors, id, ...textarea }: TextAreaFieldProps) {
  const generatedId = useId();
  const textareaId = id ?? generatedId;
  const invalid = hasErrors(errors);
  return (
    <FieldFrame fieldId={textareaId} label={label} hint={hint} errors={errors}>
      <textarea
        id={textareaId}
        className={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(textareaId, !!hint, invalid)}
        {...textarea}
      />
    </FieldFrame>
  );
}
