import { PadlockIcon } from './padlock-icon';
import { formatCountdown } from './pin-lockout';

/**
 * "Too many wrong PINs for Casey Morgan. Try again in 4:59, or ask a manager." The sentence is
 * announced once; the running countdown inside it is not re-announced every second.
 */
export function LockoutNotice({ name, remainingMs }: { name: string; remainingMs: number }) {
  return (
    <div className="lockout-notice" role="alert">
      <PadlockIcon className="lockout-notice-icon" size={26} strokeWidth={1.8} keyhole />
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
