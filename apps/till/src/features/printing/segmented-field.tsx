export interface SegmentedFieldProps<V extends string | number> {
  legend: string;
  name: string;
  value: V;
  options: readonly { value: V; label: string }[];
  disabled?: boolean;
  onChange: (value: V) => void;
}

/** A few choices side by side, as radio buttons (so keyboards and screen readers get a radio group). */
export function SegmentedField<V extends string | number>({ legend, name, value, options, disabled = false, onChange }: SegmentedFieldProps<V>) {
  return (
    <fieldset className="segmented-field" disabled={disabled}>
      <legend className="field-label">{legend}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={String(option.value)} className="segment">
            <input
              type="radio"
              name={name}
              checked={option.value === value}
              onChange={() => {
                onChange(option.value);
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
