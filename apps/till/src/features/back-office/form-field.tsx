import type { ReactNode } from 'react';
import { FieldError } from './field-error';

/** What a labelled field shows around its control: a hint below it, and a refusal beside it. */
export interface FieldDecoration {
  label: ReactNode;
  hint?: ReactNode;
  /** Given when the control points at the hint with aria-describedby. */
  hintId?: string | undefined;
  error?: string | undefined;
  /** Given when the field can show a refusal of its own. */
  errorId?: string | undefined;
}

export interface FormFieldProps extends FieldDecoration {
  className?: string | undefined;
  children: ReactNode;
}

/** A control with its label (which names it), its hint and its refusal, in that order. */
export function FormField({ label, hint, hintId, error, errorId, className, children }: FormFieldProps) {
  return (
    <label className={className ? `field ${className}` : 'field'}>
      <span className="field-label">{label}</span>
      {children}
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      {errorId ? <FieldError id={errorId} message={error} /> : null}
    </label>
  );
}
