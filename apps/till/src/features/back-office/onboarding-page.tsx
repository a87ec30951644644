import { useState } from 'react';
import { ErrorAlert } from './error-alert';
import { LoadingLine } from './loading-line';
import { STEP_TITLES } from './onboarding-errors';
import { useOfficeOrg } from './office-org';
import { OfficePageHeader } from './office-page-header';
import { onboardingSteps, type OnboardingStep } from './onboarding-schemas';
import { SetupCatalogStep } from './setup-catalog-step';
import { SetupChannelStep } from './setup-channel-step';
import { SetupDone } from './setup-done';
import { SetupReceiptStep } from './setup-receipt-step';
import type { SetupStepProps } from './setup-step-frame';
import { SetupTaxRatesStep } from './setup-tax-rates-step';
import { SetupWarehouseStep } from './setup-warehouse-step';
import { maySetUp, useOnboarding } from './use-onboarding';

const STEP_FORMS: Record<OnboardingStep, (props: SetupStepProps) => React.JSX.Element> = {
  channel: SetupChannelStep,
  warehouse: SetupWarehouseStep,
  catalog: SetupCatalogStep,
  tax_rates: SetupTaxRatesStep,
  receipt: SetupReceiptStep,
};

/**
 * The set-up wizard of a new business: five steps in order, each saved as it is left. It opens
 * where the server says the business stands (the first step not done), so it resumes after a
 * reload or on another device; a saved step can be opened again and changed.
 */
export function OnboardingPage() {
  const org = useOfficeOrg();
  const onboarding = useOnboarding();
  const view = onboarding.data;
  const [chosen, setChosen] = useState<OnboardingStep | 'done' | undefined>();
  const shown = chosen ?? (view ? (view.nextStep ?? 'done') : undefined);

  if (!maySetUp(org)) {
    return (
      <section className="office-page">
        <div className="office-card office-card-padded">
          <p>Setting up the business is for its owners and the managers of the whole organisation.</p>
        </div>
      </section>
    );
  }

  const done = (step: OnboardingStep) => view?.steps.find((s) => s.step === step)?.done ?? false;
  const reachable = (step: OnboardingStep) => done(step) || view?.nextStep === step;
  const at = shown === 'done' || shown === undefined ? -1 : onboardingSteps.indexOf(shown);
  const Form = shown && shown !== 'done' ? STEP_FORMS[shown] : undefined;

  return (
    <section className="office-page setup-page" aria-labelledby="setup-title">
      <OfficePageHeader titleId="setup-title" title={`Set up ${org.name}`} lead="Five short steps. Each is saved as you go, so you can stop and come back." />

      <nav aria-label="Set-up steps">
        <ol className="setup-steps">
          {onboardingSteps.map((step, i) => {
            const state = done(step) ? 'Done' : view?.nextStep === step ? 'To do' : 'Later';
            return (
            <li key={step}>
              <button
                type="button"
                aria-label={`${STEP_TITLES[step]}, ${state.toLowerCase()}`}
                className={`setup-step${shown === step ? ' setup-step-current' : ''}${done(step) ? ' setup-step-done' : ''}`}
                aria-current={shown === step ? 'step' : undefined}
                disabled={!view || !reachable(step)}
                onClick={() => {
                  setChosen(step);
                }}
              >
                <span className="setup-step-mark" aria-hidden="true">
                  {done(step) ? '✓' : i + 1}
                </span>
                <span className="setup-step-text">
                  <span className="setup-step-title">{STEP_TITLES[step]}</span>
                  <span className="setup-step-state">{state}</span>
                </span>
              </button>
            </li>
            );
          })}
        </ol>
      </nav>

      <ErrorAlert message={onboarding.error} />

      {!view ? (
        onboarding.error ? null : <LoadingLine label="Loading your set-up…" />
      ) : shown === 'done' ? (
        <SetupDone orgId={org.id} view={view} onEdit={setChosen} />
      ) : Form ? (
        <Form
          key={shown}
          orgId={org.id}
          view={view}
          onSaved={async () => {
            await onboarding.reload();
            setChosen(onboardingSteps[at + 1] ?? 'done');
          }}
          onBack={
            at > 0
              ? () => {
                  setChosen(onboardingSteps[at - 1]);
                }
              : undefined
          }
          onGoTo={setChosen}
        />
      ) : null}
    </section>
  );
}
