import type { ReactNode, SelectHTMLAttributes } from 'react';
import { invalidProps } from './field-error';
import { FormField, type FieldDecoration } from './form-field';

export interface SelectOption {
  value: string;
  label: ReactNode;
}

export interface SelectFieldProps extends FieldDecoration, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'className' | 'children'> {
  value: string;
  options: readonly SelectOption[];
  onValue: (value: string) => void;
  /** A class for the field (its label) beside `field`. */
  className?: string | undefined;
}

/** A labelled drop-down of options with its hint and refusal. */
export function SelectField({ label, hint, hintId, error, errorId, value, options, onValue, className, ...select }: SelectFieldProps) {
  return (
    <FormField label={label} hint={hint} hintId={hintId} error={error} errorId={errorId} className={className}>
      <select
        className="input"
        value={value}
        onChange={(e) => {
          onValue(e.target.value);
        }}
        {...select}
        {...invalidProps(errorId, error, hintId)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}
