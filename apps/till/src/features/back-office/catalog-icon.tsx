/** The catalog's sidebar icon: a bottle. */
export function CatalogIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M10 2h4M10 2v5l-2 3v11a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1V10l-2-3V2" />
      <path d="M8 14h8" />
    </svg>
  );
}
