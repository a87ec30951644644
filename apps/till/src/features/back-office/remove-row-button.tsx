export interface RemoveRowButtonProps {
  /** Names the row: "Remove category Spirits". */
  label: string;
  /** The tooltip; the label unless given. */
  title?: string;
  saved: boolean;
  onRemove: () => void;
}

/** Removes a set-up row not saved yet; a saved one says why it stays (saving never deletes). */
export function RemoveRowButton({ label, title = label, saved, onRemove }: RemoveRowButtonProps) {
  if (saved) {
    return (
      <span className="setup-saved-tag" title="Saved already; saving again never deletes">
        Saved
      </span>
    );
  }
  return (
    <button type="button" className="btn btn-ghost btn-sm setup-remove" onClick={onRemove} aria-label={label} title={title}>
      ×
    </button>
  );
}
