import { SelectField } from './select-field';

/**
 * The store a per-store settings page works on, shown only to someone who may set up more than
 * one (an owner; a manager of several stores).
 */
export function StorePicker({ stores, value, onChoose }: { stores: readonly { id: string; name: string }[]; value: string | undefined; onChoose: (channelId: string) => void }) {
  if (stores.length < 2) return null;
  return <SelectField label="Store" className="quick-keys-channel" value={value ?? ''} options={stores.map((s) => ({ value: s.id, label: s.name }))} onValue={onChoose} />;
}
