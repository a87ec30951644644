/**
 * The store a per-store settings page works on, shown only to someone who may set up more than
 * one (an owner; a manager of several stores).
 */
export function StorePicker({ stores, value, onChoose }: { stores: readonly { id: string; name: string }[]; value: string | undefined; onChoose: (channelId: string) => void }) {
  if (stores.length < 2) return null;
  return (
    <label className="field quick-keys-channel">
      <span className="field-label">Store</span>
      <select
        className="input"
        value={value ?? ''}
        onChange={(e) => {
          onChoose(e.target.value);
        }}
      >
        {stores.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
