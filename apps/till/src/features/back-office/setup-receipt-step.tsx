import { useState } from 'react';
import { invalidProps } from './field-error';
import { FormField } from './form-field';
import { onboardingApi } from './office-services';
import { stepView, type ReceiptInput } from './onboarding-schemas';
import { SetupStepFrame, type SetupStepProps } from './setup-step-frame';
import { TextField } from './text-field';
import { useStepSave } from './use-step-save';

const FIELDS = /^(legalName|addressLines|taxNumber|footer)(\.|$)/;
const MAX_ADDRESS_LINES = 5;

/** The address as typed, one line per row; blank rows are not lines. */
function addressLinesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Step 5: what the receipt's head and foot say — the legal name, address, tax number, a closing line. */
export function SetupReceiptStep(props: SetupStepProps) {
  const saved = stepView(props.view, 'receipt')?.receipt;
  const [legalName, setLegalName] = useState(saved?.legalName ?? props.view.organisation.name);
  const [address, setAddress] = useState((saved?.addressLines ?? []).join('\n'));
  const [taxNumber, setTaxNumber] = useState(saved?.taxNumber ?? '');
  const [footer, setFooter] = useState(saved?.footer ?? '');
  const save = useStepSave(props.onSaved);
  const addressError = save.failure?.field?.startsWith('addressLines') ? save.failure.message : undefined;

  return (
    <SetupStepFrame
      step="receipt"
      lead="Printed at the top and bottom of every receipt of your first store or bar."
      save={save}
      shows={(field) => FIELDS.test(field)}
      onSubmit={() => {
        const lines = addressLinesOf(address);
        if (lines.length === 0) {
          save.refuse('addressLines', 'Enter the address, one line per row.');
          return;
        }
        if (lines.length > MAX_ADDRESS_LINES) {
          save.refuse('addressLines', `A receipt has room for ${MAX_ADDRESS_LINES} address lines; this has ${lines.length}.`);
          return;
        }
        const input: ReceiptInput = { legalName: legalName.trim(), addressLines: lines, taxNumber: taxNumber.trim() || null, footer: footer.trim() };
        save.save(() => onboardingApi.saveReceipt(props.orgId, input));
      }}
      onBack={props.onBack}
      onGoTo={props.onGoTo}
      last
    >
      <div className="office-field-pair">
        <TextField label="Legal name" value={legalName} onValue={setLegalName} required maxLength={120} errorId="setup-legal-error" error={save.errorFor('legalName')} />
        <TextField
          label="Tax number (optional)"
          value={taxNumber}
          onValue={setTaxNumber}
          maxLength={40}
          autoComplete="off"
          errorId="setup-taxno-error"
          error={save.errorFor('taxNumber')}
        />
      </div>
      <FormField label="Address" hint={`One line per row, up to ${MAX_ADDRESS_LINES}. A phone number on a line of its own prints on every receipt.`} hintId="setup-address-hint" errorId="setup-address-error" error={addressError}>
        <textarea
          className="input setup-textarea"
          rows={3}
          value={address}
          onChange={(e) => {
            setAddress(e.target.value);
          }}
          placeholder={'12 Quay Street\nGalway H91 X2Y3\nTel. 091 555 0142'}
          {...invalidProps('setup-address-error', addressError, 'setup-address-hint')}
        />
      </FormField>
      <TextField
        label="Footer (optional)"
        value={footer}
        onValue={setFooter}
        maxLength={300}
        placeholder="Thank you! Please drink responsibly."
        errorId="setup-footer-error"
        error={save.errorFor('footer')}
      />
    </SetupStepFrame>
  );
}
