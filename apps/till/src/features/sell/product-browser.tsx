import { useState } from 'react';
import type { MoneyFormatter } from '../../lib/use-money';
import { BrowseSwitch, type BrowseView } from './browse-switch';
import { CategoryBar } from './category-bar';
import { PackChooser } from './pack-chooser';
import { ProductGrid } from './product-grid';
import { QuickKeysPad } from './quick-keys-pad';
import type { Catalog } from './use-catalog';
import { useProductBrowser, type AddPack } from './use-product-browser';
import { useQuickKeys } from './use-quick-keys';

export interface ProductBrowserProps {
  catalog: Catalog;
  money: MoneyFormatter;
  /** Where a tapped or scanned pack goes; the cart when not given. */
  onAdd?: AddPack | undefined;
}

export function ProductBrowser({ catalog, money, onAdd }: ProductBrowserProps) {
  const browser = useProductBrowser(catalog, onAdd);
  const quickKeys = useQuickKeys(catalog);
  const [chosenView, setView] = useState<BrowseView | undefined>(undefined);
  // Quick keys first when the channel has any; a search shows its results whichever is chosen.
  const view = chosenView ?? (quickKeys?.length ? 'keys' : 'categories');
  const showKeys = view === 'keys' && quickKeys !== undefined && !browser.query.trim();
  return (
    <section className="browser" aria-label="Catalog">
      <div className="search">
        <svg className="search-icon" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M20 20l-4-4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          ref={browser.searchRef}
          type="search"
          className="search-input"
          aria-label="Search products"
          placeholder="Search or scan a barcode"
          autoComplete="off"
          spellCheck={false}
          value={browser.query}
          onChange={(e) => {
            browser.setQuery(e.target.value);
          }}
          onKeyDown={browser.onSearchKeyDown}
        />
        <kbd className="search-hint" aria-hidden="true">
          /
        </kbd>
      </div>
      <p className={`scan-feedback ${browser.feedback?.tone === 'error' ? 'text-danger' : ''}`} aria-live="polite">
        {browser.feedback?.text ?? ''}
      </p>
      <BrowseSwitch view={view} onChange={setView} />
      {showKeys ? (
        <QuickKeysPad keys={quickKeys} money={money} onAdd={browser.add} />
      ) : (
        <>
          {view === 'categories' ? <CategoryBar categories={catalog.categories} selectedId={browser.categoryId} onSelect={browser.setCategoryId} /> : null}
          <ProductGrid
            products={browser.results.products}
            total={browser.results.total}
            categories={catalog.categories}
            money={money}
            query={browser.resultsQuery}
            onChoose={browser.choose}
            onShowMore={browser.showMore}
          />
        </>
      )}
      {browser.choosing ? (
        <PackChooser
          product={browser.choosing}
          money={money}
          onChoose={(pack) => {
            browser.add(browser.choosing!, pack);
            browser.closeChooser();
          }}
          onClose={browser.closeChooser}
        />
      ) : null}
    </section>
  );
}
