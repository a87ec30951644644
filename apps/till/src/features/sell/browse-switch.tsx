export type BrowseView = 'keys' | 'categories';

export interface BrowseSwitchProps {
  view: BrowseView;
  onChange: (view: BrowseView) => void;
}

/** Quick keys | Categories: the channel's favourites, or the whole catalog by category. */
export function BrowseSwitch({ view, onChange }: BrowseSwitchProps) {
  return (
    <div className="browse-switch" role="group" aria-label="Browse by">
      <button
        type="button"
        aria-pressed={view === 'keys'}
        onClick={() => {
          onChange('keys');
        }}
      >
        Quick keys
      </button>
      <button
        type="button"
        aria-pressed={view === 'categories'}
        onClick={() => {
          onChange('categories');
        }}
      >
        Categories
      </button>
    </div>
  );
}
