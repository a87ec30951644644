export interface ErrorAlertProps {
  /** The sentence to show; nothing is rendered without one. */
  message: string | undefined;
  id?: string | undefined;
  className?: string | undefined;
}

/** A refusal or failure said as one sentence, announced as it appears. */
export function ErrorAlert({ message, id, className }: ErrorAlertProps) {
  if (!message) return null;
  return (
    <p id={id} className={className ? `alert ${className}` : 'alert'} role="alert">
      {message}
    </p>
  );
}
