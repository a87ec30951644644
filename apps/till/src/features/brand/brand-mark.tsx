/** The Tillsafe mark: a receipt with a check mark, as in the app icon. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg className="brand-mark" width={size} height={size} viewBox="0 0 512 512" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id="brand-mark-bg" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#14b8a6" />
          <stop offset="1" stopColor="#0f766e" />
        </linearGradient>
      </defs>
      <rect width="512" height="512" rx="120" fill="url(#brand-mark-bg)" />
      <g transform="translate(256 256) scale(0.92) translate(-256 -256)">
        <path d="M160 108 h192 a20 20 0 0 1 20 20 v256 l-26 -18 -26 18 -26 -18 -26 18 -26 -18 -26 18 -26 -18 -26 18 -24 -18 V128 a20 20 0 0 1 20 -20 z" fill="#fff" />
        <path d="M200 272 l38 38 l76 -80" fill="none" stroke="#0d9488" strokeWidth="30" strokeLinecap="round" strokeLinejoin="round" />
      </g>
    </svg>
  );
}
