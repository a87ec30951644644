import type { InputHTMLAttributes } from 'react';
import { invalidProps } from './field-error';
import { FormField, type FieldDecoration } from './form-field';

export interface TextFieldProps extends FieldDecoration, Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'className'> {
  value: string;
  onValue: (value: string) => void;
}

/** A labelled text input (name, email, password…) with its hint and refusal. */
export function TextField({ label, hint, hintId, error, errorId, value, onValue, ...input }: TextFieldProps) {
  return (
    <FormField label={label} hint={hint} hintId={hintId} error={error} errorId={errorId}>
      <input
        className="input"
        value={value}
        onChange={(e) => {
          onValue(e.target.value);
        }}
        {...input}
        {...invalidProps(errorId, error, hintId)}
      />
    </FormField>
  );
}
