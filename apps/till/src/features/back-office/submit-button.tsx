import type { ButtonHTMLAttributes } from 'react';

export interface SubmitButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'className' | 'children'> {
  label: string;
  /** What the button says while the form's call runs; it is disabled meanwhile. */
  busyLabel: string;
  busy: boolean;
  /** A step that takes something away is red. */
  tone?: 'primary' | 'danger';
  /** The full width of an auth card. */
  block?: boolean;
  className?: string;
}

/** A form's large submit button, disabled and saying so while its call runs. */
export function SubmitButton({ label, busyLabel, busy, tone = 'primary', block = false, className, disabled = false, ...rest }: SubmitButtonProps) {
  const classes = ['btn', tone === 'danger' ? 'office-btn-danger' : 'btn-primary', 'btn-lg', block ? 'btn-block' : undefined, className].filter(Boolean).join(' ');
  return (
    <button type="submit" className={classes} disabled={busy || disabled} {...rest}>
      {busy ? busyLabel : label}
    </button>
  );
}
