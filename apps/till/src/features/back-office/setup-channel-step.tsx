import { useMemo, useState } from 'react';
import { SegmentedField } from '../printing/segmented-field';
import { FieldError, invalidProps } from './field-error';
import { onboardingApi } from './office-services';
import { stepView, type ChannelInput } from './onboarding-schemas';
import { COMMON_LOCALES, currencyForLocale, currencyLabel, knownCurrencies, knownTimeZones, localeLabel, optionsWith } from './setup-defaults';
import { SetupStepFrame, type SetupStepProps } from './setup-step-frame';
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
        <label className="field">
          <span className="field-label">Name</span>
          <input
            className="input"
            value={draft.name}
            onChange={(e) => {
              set('name', e.target.value);
            }}
            placeholder="Corner Cellar"
            required
            maxLength={80}
            {...invalidProps('setup-name-error', save.errorFor('name'))}
          />
          <FieldError id="setup-name-error" message={save.errorFor('name')} />
        </label>
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
      <label className="field">
        <span className="field-label">Currency</span>
        <select
          className="input"
          value={draft.currency}
          onChange={(e) => {
            set('currency', e.target.value);
          }}
          {...invalidProps('setup-currency-error', save.errorFor('currency'))}
        >
          {currencies.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <FieldError id="setup-currency-error" message={save.errorFor('currency')} />
      </label>
      <div className="office-field-pair">
        <label className="field">
          <span className="field-label">Language and region</span>
          <select
            className="input"
            value={draft.locale}
            onChange={(e) => {
              set('locale', e.target.value);
            }}
            {...invalidProps('setup-locale-error', save.errorFor('locale'), 'setup-locale-hint')}
          >
            {locales.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <span id="setup-locale-hint" className="field-hint">
            How prices and dates read on receipts.
          </span>
          <FieldError id="setup-locale-error" message={save.errorFor('locale')} />
        </label>
        <label className="field">
          <span className="field-label">Time zone</span>
          <select
            className="input"
            value={draft.timezone}
            onChange={(e) => {
              set('timezone', e.target.value);
            }}
            {...invalidProps('setup-timezone-error', save.errorFor('timezone'), 'setup-timezone-hint')}
          >
            {zones.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <span id="setup-timezone-hint" className="field-hint">
            Days close and age checks count in this zone.
          </span>
          <FieldError id="setup-timezone-error" message={save.errorFor('timezone')} />
        </label>
      </div>
    </SetupStepFrame>
  );
}
