/** The sentence a bartender sees on a tab that took lines meant for a tab another till closed. */
export const MOVED_TAB_TEXT = 'Lines added after this tab was closed on another till';
/** The same, on each line that moved. */
export const MOVED_LINE_TEXT = 'Added after the tab was closed on another till';

export function MovedFlag({ text, compact = false }: { text: string; compact?: boolean }) {
  return (
    <span className={compact ? 'bartab-flag bartab-flag-sm' : 'bartab-flag'}>
      <svg width={compact ? 14 : 18} height={compact ? 14 : 18} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3l10 18H2L12 3z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
        <path d="M12 10v5M12 18v.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      {text}
    </span>
  );
}
