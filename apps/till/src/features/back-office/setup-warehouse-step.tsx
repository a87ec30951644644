import { useState } from 'react';
import { FieldError, invalidProps } from './field-error';
import { onboardingApi } from './office-services';
import { stepView } from './onboarding-schemas';
import { SetupStepFrame, type SetupStepProps } from './setup-step-frame';
import { useStepSave } from './use-step-save';

/** Step 2: the stockroom the first channel sells from. */
export function SetupWarehouseStep(props: SetupStepProps) {
  const channelName = stepView(props.view, 'channel')?.channel?.name;
  const [name, setName] = useState(() => stepView(props.view, 'warehouse')?.warehouse?.name ?? 'Main stockroom');
  const save = useStepSave(props.onSaved);

  return (
    <SetupStepFrame
      step="warehouse"
      lead={`Where the stock ${channelName ? `of ${channelName} ` : ''}is kept and counted. Tills take stock from it as they sell.`}
      save={save}
      shows={(field) => field === 'name'}
      onSubmit={() => {
        save.save(() => onboardingApi.saveWarehouse(props.orgId, name.trim()));
      }}
      onBack={props.onBack}
      onGoTo={props.onGoTo}
      last={false}
    >
      <label className="field">
        <span className="field-label">Warehouse name</span>
        <input
          className="input"
          value={name}
          onChange={(e) => {
            setName(e.target.value);
          }}
          required
          maxLength={80}
          {...invalidProps('setup-warehouse-error', save.errorFor('name'))}
        />
        <FieldError id="setup-warehouse-error" message={save.errorFor('name')} />
      </label>
    </SetupStepFrame>
  );
}
