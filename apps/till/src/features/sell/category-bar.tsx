import type { CategoryRecord } from '@tillsafe/sync';
import type { CSSProperties } from 'react';

export interface CategoryBarProps {
  categories: readonly CategoryRecord[];
  selectedId: string | undefined;
  onSelect: (categoryId: string | undefined) => void;
}

export function CategoryBar({ categories, selectedId, onSelect }: CategoryBarProps) {
  return (
    <div className="category-bar" role="toolbar" aria-label="Categories">
      <button
        type="button"
        className="chip"
        aria-pressed={selectedId === undefined}
        onClick={() => {
          onSelect(undefined);
        }}
      >
        All
      </button>
      {categories.map((category) => (
        <button
          key={category.id}
          type="button"
          className="chip"
          style={{ '--cat': category.color } as CSSProperties}
          aria-pressed={selectedId === category.id}
          onClick={() => {
            onSelect(category.id);
          }}
        >
          <span className="chip-dot" aria-hidden="true" />
          {category.name}
        </button>
      ))}
    </div>
  );
}
