import { db } from '../../app/services';
import { useLiveQuery } from '../../lib/use-live-query';

/** The categories a bar or kitchen printer prints tickets for (lines of others go elsewhere). */
export function TicketCategoriesField({ selected, disabled, onChange }: { selected: readonly string[]; disabled: boolean; onChange: (ids: string[]) => void }) {
  const categories = useLiveQuery(() => db.categories.orderBy('sort').toArray(), []);
  return (
    <fieldset className="segmented-field" disabled={disabled}>
      <legend className="field-label">Prints tickets for</legend>
      <div className="category-picks">
        {(categories ?? []).map((category) => {
          const on = selected.includes(category.id);
          return (
            <label key={category.id} className="category-pick">
              <input
                type="checkbox"
                checked={on}
                onChange={() => {
                  onChange(on ? selected.filter((id) => id !== category.id) : [...selected, category.id]);
                }}
              />
              <span className="chip-dot" style={{ background: category.color }} aria-hidden="true" />
              {category.name}
            </label>
          );
        })}
      </div>
      <span className="field-hint">Tab lines in other categories print on the receipt printer.</span>
    </fieldset>
  );
}
