import { useState } from 'react';
import { FieldError, invalidProps } from './field-error';
import { PlusIcon } from './office-icons';
import { onboardingApi } from './office-services';
import { RemoveRowButton } from './remove-row-button';
import { stepView } from './onboarding-schemas';
import { pricesIncludeTax } from './setup-defaults';
import { SetupStepFrame, type SetupStepProps } from './setup-step-frame';
import { newTaxRate, rowsFromSaved, taxRatesInput, type TaxRateRow } from './tax-rates-draft';
import { useStepSave } from './use-step-save';

/** Step 4: the tax rates products can carry, as percentages read exactly into basis points. */
export function SetupTaxRatesStep(props: SetupStepProps) {
  const currency = stepView(props.view, 'channel')?.channel?.currency ?? 'USD';
  const inclusive = pricesIncludeTax(currency);
  const [rows, setRows] = useState<TaxRateRow[]>(() => {
    const saved = stepView(props.view, 'tax_rates')?.taxRates ?? [];
    return saved.length ? rowsFromSaved(saved) : [newTaxRate('Standard', inclusive)];
  });
  const save = useStepSave(props.onSaved);
  const change = (key: string, patch: Partial<TaxRateRow>) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };

  return (
    <SetupStepFrame
      step="tax_rates"
      lead="The rates your products carry. Type the percentage as printed on your tax registration, such as 23 or 13.5."
      save={save}
      shows={(field) => /^taxRates(\.|$)/.test(field)}
      onSubmit={() => {
        const read = taxRatesInput(rows);
        if (!read.ok) save.refuse(read.field, read.message);
        else save.save(() => onboardingApi.saveTaxRates(props.orgId, read.input));
      }}
      onBack={props.onBack}
      onGoTo={props.onGoTo}
      last={false}
    >
      <div className="setup-rates" role="group" aria-label="Tax rates">
        <div className="setup-rates-head" aria-hidden="true">
          <span>Name</span>
          <span>Rate</span>
          <span>Prices</span>
          <span />
        </div>
        {rows.map((row, i) => {
          const nameError = save.errorFor(`taxRates.${i}.name`);
          const rateError = save.errorFor(`taxRates.${i}.rateBp`) ?? save.errorFor(`taxRates.${i}.inclusive`);
          return (
            <div key={row.key} className="setup-rate">
              <input
                className="input input-sm"
                aria-label={`Tax rate ${i + 1} name`}
                value={row.name}
                maxLength={80}
                onChange={(e) => {
                  change(row.key, { name: e.target.value });
                }}
                {...invalidProps(`setup-rate-${i}-error`, nameError)}
              />
              <span className="setup-percent">
                <input
                  className="input input-sm"
                  aria-label={`Tax rate ${i + 1} percentage`}
                  inputMode="decimal"
                  autoComplete="off"
                  placeholder="0"
                  value={row.percent}
                  onChange={(e) => {
                    change(row.key, { percent: e.target.value });
                  }}
                  {...invalidProps(`setup-rate-${i}-error`, rateError)}
                />
                <span aria-hidden="true">%</span>
              </span>
              <select
                className="input input-sm"
                aria-label={`Tax rate ${i + 1} pricing`}
                value={row.inclusive ? 'inclusive' : 'exclusive'}
                onChange={(e) => {
                  change(row.key, { inclusive: e.target.value === 'inclusive' });
                }}
              >
                <option value="inclusive">Included in prices</option>
                <option value="exclusive">Added at the till</option>
              </select>
              <RemoveRowButton
                label={`Remove tax rate ${row.name || i + 1}`}
                title="Remove"
                saved={row.saved}
                onRemove={() => {
                  setRows((rs) => rs.filter((r) => r.key !== row.key));
                }}
              />
              <FieldError id={`setup-rate-${i}-error`} message={nameError ?? rateError} />
            </div>
          );
        })}
      </div>
      <FieldError id="setup-rates-error" message={save.errorFor('taxRates')} />
      <button
        type="button"
        className="btn btn-ghost btn-sm setup-add"
        onClick={() => {
          setRows((rs) => [...rs, newTaxRate('', inclusive)]);
        }}
      >
        <PlusIcon /> Add a tax rate
      </button>
    </SetupStepFrame>
  );
}
