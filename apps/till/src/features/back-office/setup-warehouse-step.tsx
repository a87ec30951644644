import { useState } from 'react';
import { onboardingApi } from './office-services';
import { stepView } from './onboarding-schemas';
import { SetupStepFrame, type SetupStepProps } from './setup-step-frame';
import { TextField } from './text-field';
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
      <TextField label="Warehouse name" value={name} onValue={setName} required maxLength={80} errorId="setup-warehouse-error" error={save.errorFor('name')} />
    </SetupStepFrame>
  );
}
