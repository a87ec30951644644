export interface PadlockIconProps {
  size: number;
  strokeWidth: number;
  /** The keyhole too, where the lock itself is the message (a PIN lockout). */
  keyhole?: boolean;
  className?: string;
}

/** The closed padlock of the sign-in and lock screens (24×24, currentColor, decorative). */
export function PadlockIcon({ size, strokeWidth, keyhole = false, className }: PadlockIconProps) {
  return (
    <svg className={className} width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="5" y="10" width="14" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth={strokeWidth} />
      <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth={strokeWidth} />
      {keyhole ? <path d="M12 14v2.5" stroke="currentColor" strokeWidth={strokeWidth} strokeLinecap="round" /> : null}
    </svg>
  );
}
