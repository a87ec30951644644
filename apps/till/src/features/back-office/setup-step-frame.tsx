import { useEffect, useRef, type ReactNode } from 'react';
import { STEP_TITLES } from './onboarding-errors';
import type { OnboardingStep, OnboardingView } from './onboarding-schemas';
import { SubmitButton } from './submit-button';
import { submitWith } from './submit-with';
import type { StepSave } from './use-step-save';

export interface SetupStepFrameProps {
  step: OnboardingStep;
  lead: string;
  save: StepSave;
  /** Whether the step shows a refusal for this field beside it; any other refusal shows at the foot. */
  shows: (field: string) => boolean;
  onSubmit: () => void;
  onBack: (() => void) | undefined;
  /** Go to an earlier step the server said is missing. */
  onGoTo: (step: OnboardingStep) => void;
  last: boolean;
  children: ReactNode;
}

/** One step of the wizard: its title (focused on arrival), its fields, its refusal and Back / Save. */
export function SetupStepFrame({ step, lead, save, shows, onSubmit, onBack, onGoTo, last, children }: SetupStepFrameProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [step]);
  const failure = save.failure;
  const general = failure && (failure.field === undefined || !shows(failure.field)) ? failure : undefined;

  return (
    <form
      className="office-card setup-card"
      onSubmit={submitWith(onSubmit)}
      aria-labelledby={`setup-${step}-title`}
      onInput={(event) => {
        if (event.target instanceof HTMLElement && event.target.getAttribute('aria-invalid') === 'true') save.clear();
      }}
    >
      <header className="setup-card-header">
        <h2 id={`setup-${step}-title`} ref={heading} tabIndex={-1}>
          {STEP_TITLES[step]}
        </h2>
        <p className="muted">{lead}</p>
      </header>
      <div className="setup-card-body">{children}</div>
      {general ? (
        <div className="alert setup-alert" role="alert">
          <span>{general.message}</span>
          {general.missingStep ? (
            <button type="button" className="btn btn-sm btn-ghost" onClick={() => { onGoTo(general.missingStep!); }}>
              Go to {STEP_TITLES[general.missingStep].toLowerCase()}
            </button>
          ) : null}
        </div>
      ) : null}
      <footer className="setup-card-actions">
        {onBack ? (
          <button type="button" className="btn btn-ghost btn-lg" onClick={onBack} disabled={save.busy}>
            Back
          </button>
        ) : (
          <span />
        )}
        <SubmitButton label={last ? 'Save and finish' : 'Save and continue'} busyLabel="Saving…" busy={save.busy} />
      </footer>
    </form>
  );
}

/** What every step receives from the wizard. */
export interface SetupStepProps {
  orgId: string;
  view: OnboardingView;
  /** Called once the step is saved: the wizard re-reads its view and moves on. */
  onSaved: () => Promise<void>;
  onBack: (() => void) | undefined;
  onGoTo: (step: OnboardingStep) => void;
}
