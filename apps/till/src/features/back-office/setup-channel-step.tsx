import { useMemo, useState } from 'react';
import { SegmentedField } from '../printing/segmented-field';
import { FieldError } from './field-error';
import { onboardingApi } from './office-services';
import { stepView, type ChannelInput } from './onboarding-schemas';
import { COMMON_LOCALES, currencyForLocale, currencyLabel, knownCurrencies, knownTimeZones, localeLabel, optionsWith } from './setup-defaults';
import { SelectField } from './select-field';
import { SetupStepFrame, type SetupStepProps } from './setup-step-frame';
import { TextField } from './text-field';
import { useStepSave } from './use-step-save';

const FIELDS = new Set(['name', 'kind', 'currency', 'locale', 'timezone']);

function firstDraft(props: SetupStepProps): ChannelInput {
  const saved = stepView(props.view, 'channel')?.channel;
  const locale = saved?.locale ?? navigator.language;
  return {
    name: saved?.name ?? '',
    kind: saved?.kind ?? (props.view.organisation.businessType === 'bar_restaurant' ? 'bar' : 'store'),
    currency: saved?.currency ?? currencyForLocale(locale),
    locale,
    timezone: saved?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

/** Step 1: the first place that sells — its name, store or bar, currency, language and time zone. */
export function SetupChannelStep(props: SetupStepProps) {
  const [draft, setDraft] = useState<ChannelInput>(() => firstDraft(props));
  const save = useStepSave(props.onSaved);
  const set = <K extends keyof ChannelInput>(key: K, value: ChannelInput[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const currencies = useMemo(() => optionsWith(knownCurrencies(), draft.currency, currencyLabel), [draft.currency]);
  const locales = useMemo(() => optionsWith([...COMMON_LOCALES, navigator.language], draft.locale, localeLabel), [draft.locale]);
  const zones = useMemo(() => optionsWith(knownTimeZones(), draft.timezone, (z) => z.replace(/_/g, ' ')), [draft.timezone]);

  return (
    <SetupStepFrame
      step="channel"
      lead="Where you sell first. You can add more stores and bars later."
      save={save}
      shows={(field) => FIELDS.has(field)}
      onSubmit={() => {
        save.save(() => onboardingApi.saveChannel(props.orgId, { ...draft, name: draft.name.trim() }));
      }}
      onBack={props.onBack}
      onGoTo={props.onGoTo}
      last={false}
    >
      <div className="office-field-pair">
        <TextField
          label="Name"
          value={draft.name}
          onValue={(name) => {
            set('name', name);
          }}
          placeholder="Corner Cellar"
          required
          maxLength={80}
          errorId="setup-name-error"
          error={save.errorFor('name')}
        />
        <div className="field">
          <SegmentedField
            legend="Kind"
            name="setup-kind"
            value={draft.kind}
            options={[
              { value: 'store', label: 'Store' },
              { value: 'bar', label: 'Bar' },
            ]}
            onChange={(kind) => {
              set('kind', kind);
            }}
          />
          <FieldError id="setup-kind-error" message={save.errorFor('kind')} />
        </div>
      </div>
      <SelectField
        label="Currency"
        value={draft.currency}
        options={currencies}
        onValue={(currency) => {
          set('currency', currency);
        }}
        errorId="setup-currency-error"
        error={save.errorFor('currency')}
      />
      <div className="office-field-pair">
        <SelectField
          label="Language and region"
          value={draft.locale}
          options={locales}
          onValue={(locale) => {
            set('locale', locale);
          }}
          hint="How prices and dates read on receipts."
          hintId="setup-locale-hint"
          errorId="setup-locale-error"
          error={save.errorFor('locale')}
        />
        <SelectField
          label="Time zone"
          value={draft.timezone}
          options={zones}
          onValue={(timezone) => {
            set('timezone', timezone);
          }}
          hint="Days close and age checks count in this zone."
          hintId="setup-timezone-hint"
          errorId="setup-timezone-error"
          error={save.errorFor('timezone')}
        />
      </div>
    </SetupStepFrame>
  );
}
