/** Line icons of the back office's navigation (24×24, currentColor). */
const common = { width: 20, height: 20, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.9, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, focusable: false } as const;

export function TillIcon() {
  return (
    <svg {...common}>
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 16v4M7 8h6M7 11h3" />
    </svg>
  );
}

export function PeopleIcon() {
  return (
    <svg {...common}>
      <circle cx="9" cy="8" r="3.2" />
      <path d="M3 19c.6-3.2 3-5 6-5s5.4 1.8 6 5" />
      <path d="M16 5.2a3 3 0 0 1 0 5.6M18 14.4c1.6.7 2.6 2.3 3 4.6" />
    </svg>
  );
}

export function OpenTillIcon() {
  return (
    <svg {...common}>
      <path d="M14 4h6v6M20 4l-9 9" />
      <path d="M18 14v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4" />
    </svg>
  );
}

export function SignOutIcon() {
  return (
    <svg {...common}>
      <path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 16l-4-4 4-4M6 12h10" />
    </svg>
  );
}

export function PlusIcon() {
  return (
    <svg {...common}>
      <path d="M12 5v14M5 12h14" />
    </svg>
  );
}

export function SwitchIcon() {
  return (
    <svg {...common}>
      <path d="M7 9l5-5 5 5M7 15l5 5 5-5" />
    </svg>
  );
}

export function SetupIcon() {
  return (
    <svg {...common}>
      <path d="M9 6h11M9 12h11M9 18h11" />
      <path d="M3.5 6l1.2 1.2L7 5M3.5 12l1.2 1.2L7 11" />
      <circle cx="5" cy="18" r="1.4" />
    </svg>
  );
}

export function ApprovalIcon() {
  return (
    <svg {...common}>
      <path d="M12 3l7 3v5c0 4.5-3 8.3-7 10-4-1.7-7-5.5-7-10V6l7-3z" />
      <path d="M9 12l2 2 4-4" />
    </svg>
  );
}

export function BusinessesIcon() {
  return (
    <svg {...common}>
      <path d="M4 20V8l6-4v16M10 20h10V10l-6-2" />
      <path d="M7 10v.01M7 13v.01M7 16v.01M14 13h3M14 16h3" />
    </svg>
  );
}

export function AuditIcon() {
  return (
    <svg {...common}>
      <path d="M7 3h8l4 4v14H7z" />
      <path d="M15 3v4h4M10 12h6M10 16h6M4 7v14h10" />
    </svg>
  );
}

export function PinIcon() {
  return (
    <svg {...common}>
      <rect x="4" y="10" width="16" height="10" rx="2" />
      <path d="M8 10V7a4 4 0 0 1 8 0v3M8.5 15h.01M12 15h.01M15.5 15h.01" />
    </svg>
  );
}
