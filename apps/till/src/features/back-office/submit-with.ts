import type { SubmitEvent } from 'react';

/** A form's submit handler that keeps the page where it is and runs `action` instead. */
export function submitWith(action: () => void) {
  return (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    action();
  };
}
