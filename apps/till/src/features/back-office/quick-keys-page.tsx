import { formatMoney, type MinorUnits } from '@tillsafe/domain';
import { quickKeyColours, MAX_QUICK_KEY_LABEL, MAX_QUICK_KEYS, type QuickKeyColour } from '@tillsafe/sync';
import type { CSSProperties } from 'react';
import { QUICK_KEY_COLOURS } from '../quick-keys/quick-key-colours';
import { EmptyState } from './empty-state';
import { ErrorAlert } from './error-alert';
import { OfficeConfirmDialog } from './office-confirm-dialog';
import { OfficePageHeader } from './office-page-header';
import { describeKey, keyId } from './quick-keys-draft';
import { useQuickKeysEditor, type QuickKeysEditor } from './use-quick-keys-editor';
import '../../styles/quick-keys-editor.css';
import { StorePicker } from './store-picker';

/**
 * The quick-key pad of a channel's tills: pick products and packs from the catalog, put them in
 * order with Move up / Move down (keys and buttons only, nothing to drag), give a key a short
 * label or a colour, remove one (after a confirmation), then save — the save changes the keys only.
 */
export function QuickKeysPage() {
  const editor = useQuickKeysEditor();
  const channel = editor.channel;
  const money = (minor: MinorUnits) => (channel ? formatMoney(minor, channel.currency, channel.locale) : String(minor));
  const removing = editor.removing === undefined ? undefined : editor.draft[editor.removing];

  return (
    <section className="office-page" aria-labelledby="quick-keys-title">
      <OfficePageHeader titleId="quick-keys-title" title="Quick keys" lead="The favourites on the tills' sell screen, one set per store, in the order the tills show them.">
        <div className="catalog-actions">
          <button type="button" className="btn btn-ghost" disabled={!editor.dirty || editor.saving} onClick={editor.discard}>
            Discard changes
          </button>
          <button type="button" className="btn btn-primary" disabled={!editor.dirty || editor.saving} onClick={() => void editor.save()}>
            {editor.saving ? 'Saving…' : 'Save quick keys'}
          </button>
        </div>
      </OfficePageHeader>

      <StorePicker
        stores={editor.editable}
        value={editor.channelId}
        onChoose={(channelId) => {
          editor.chooseChannel(channelId);
        }}
      />
      {editor.notice ? (
        <p className="office-success" role="status">
          {editor.notice}
        </p>
      ) : null}
      <ErrorAlert message={editor.saveError ?? editor.saved.error ?? editor.channels.error} />
      {editor.channels.data && editor.editable.length === 0 ? (
        <EmptyState title="No store to arrange">Quick keys are arranged by owners and by managers of a store.</EmptyState>
      ) : null}

      <div className="quick-keys-editor">
        <ProductPicker editor={editor} money={money} />
        <KeyList editor={editor} money={money} />
      </div>

      {removing && editor.removing !== undefined ? (
        <OfficeConfirmDialog
          title={`Remove the ${describeKey(removing, editor.products).name} key?`}
          confirmLabel="Remove key"
          onConfirm={() => {
            editor.remove(editor.removing!);
            return Promise.resolve(undefined);
          }}
          onClose={() => {
            editor.askRemove(undefined);
          }}
        >
          <p>The key leaves this list now; the tills lose it when you save.</p>
        </OfficeConfirmDialog>
      ) : null}
    </section>
  );
}

function KeyList({ editor, money }: { editor: QuickKeysEditor; money: (minor: MinorUnits) => string }) {
  const { draft } = editor;
  return (
    <div className="office-card quick-keys-card">
      <h2 className="quick-keys-card-title">
        On the tills <span className="muted">({draft.length} of {MAX_QUICK_KEYS})</span>
        {editor.dirty ? <span className="office-tag quick-keys-unsaved">Not saved</span> : null}
      </h2>
      {editor.saved.loading && !editor.saved.data ? <p className="muted">Loading quick keys…</p> : null}
      {editor.saved.data && draft.length === 0 ? <EmptyState title="No quick keys yet">Add products from the catalog: each becomes a big button on the sell screen.</EmptyState> : null}
      <ol className="quick-key-rows" aria-label="Quick keys in till order">
        {draft.map((key, index) => {
          const what = describeKey(key, editor.products);
          const colour = key.colour ? QUICK_KEY_COLOURS[key.colour].hex : '#94a3b8';
          const name = key.label.trim() || what.name;
          return (
            <li key={keyId(key)} className="quick-key-row" aria-label={`${index + 1}. ${name}`} style={{ '--key': colour } as CSSProperties}>
              <span className="quick-key-row-number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="quick-key-row-what">
                <strong>{what.name}</strong>
                <span className="muted">{[what.pack, what.price === undefined ? undefined : money(what.price)].filter(Boolean).join(' · ')}</span>
                {what.problem ? <span className="quick-key-row-problem">{what.problem}</span> : null}
              </div>
              <label className="field quick-key-row-label">
                <span className="field-label">Label</span>
                <input
                  className="input"
                  value={key.label}
                  maxLength={MAX_QUICK_KEY_LABEL}
                  placeholder={what.name}
                  aria-label={`Label for ${what.name}`}
                  onChange={(e) => {
                    editor.update(index, { label: e.target.value });
                  }}
                />
              </label>
              <label className="field quick-key-row-colour">
                <span className="field-label">Colour</span>
                <select
                  className="input"
                  value={key.colour ?? ''}
                  aria-label={`Colour for ${what.name}`}
                  onChange={(e) => {
                    editor.update(index, { colour: e.target.value ? (e.target.value as QuickKeyColour) : null });
                  }}
                >
                  <option value="">Category colour</option>
                  {quickKeyColours.map((c) => (
                    <option key={c} value={c}>
                      {QUICK_KEY_COLOURS[c].name}
                    </option>
                  ))}
                </select>
              </label>
              <div className="quick-key-row-actions">
                <button type="button" className="btn btn-ghost btn-sm" disabled={index === 0} aria-label={`Move ${name} up`} onClick={() => { editor.move(index, -1); }}>
                  ↑ Up
                </button>
                <button type="button" className="btn btn-ghost btn-sm" disabled={index === draft.length - 1} aria-label={`Move ${name} down`} onClick={() => { editor.move(index, 1); }}>
                  ↓ Down
                </button>
                <button type="button" className="btn btn-sm office-btn-danger-ghost" aria-label={`Remove ${name}`} onClick={() => { editor.askRemove(index); }}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function ProductPicker({ editor, money }: { editor: QuickKeysEditor; money: (minor: MinorUnits) => string }) {
  const found = editor.results.data;
  return (
    <div className="office-card quick-keys-card">
      <h2 className="quick-keys-card-title">Add from the catalog</h2>
      <label className="field">
        <span className="visually-hidden">Search products to add</span>
        <input
          className="input"
          type="search"
          placeholder="Search by name, brand, SKU or barcode"
          value={editor.search}
          onChange={(e) => {
            editor.setSearch(e.target.value);
          }}
        />
      </label>
      <ErrorAlert message={editor.results.error} />
      {found && found.products.length === 0 ? <p className="muted">No active product matches.</p> : null}
      <ul className="quick-key-picks" aria-label="Products to add">
        {(found?.products ?? []).map((product) => (
          <li key={product.id} className="quick-key-pick">
            <strong>{product.name}</strong>
            <div className="quick-key-pick-packs">
              {product.packs.map((pack) => {
                const refused = editor.cannotAdd(product.id, pack.id);
                return (
                  <button
                    key={pack.id}
                    type="button"
                    className="btn btn-ghost btn-sm"
                    disabled={refused !== undefined}
                    title={refused}
                    aria-label={`Add ${product.name}, ${pack.name}`}
                    onClick={() => {
                      editor.add(product, pack.id);
                    }}
                  >
                    + {pack.name} · {money(pack.price)}
                  </button>
                );
              })}
            </div>
          </li>
        ))}
      </ul>
      {found && found.total > found.products.length ? <p className="muted">{found.total - found.products.length} more match: type more of the name.</p> : null}
    </div>
  );
}
