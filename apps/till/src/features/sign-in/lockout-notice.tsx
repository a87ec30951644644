import { formatCountdown } from './pin-lockout';

/**
 * "Too many wrong PINs for Casey Morgan. Try again in 4:59, or ask a manager." The sentence is
 * announced once; the running countdown inside it is not re-announced every second.
 */
export function LockoutNotice({ name, remainingMs }: { name: string; remainingMs: number }) {
  return (
    <div className="lockout-notice" role="alert">
      <svg className="lockout-notice-icon" width="26" height="26" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="5" y="10" width="14" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M12 14v2.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <p>
        Too many wrong PINs for {name}. Try again in{' '}
        <span className="lockout-countdown" aria-live="off">
          {formatCountdown(remainingMs)}
        </span>
        , or ask a manager.
      </p>
    </div>
  );
}
