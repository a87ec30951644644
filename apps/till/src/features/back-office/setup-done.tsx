import { Link } from '@tanstack/react-router';
import { STEP_TITLES } from './onboarding-errors';
import { stepView, type OnboardingStep, type OnboardingView } from './onboarding-schemas';
import { basisPointsToPercent } from './tax-rate-percent';

/** Every step saved: what was made, each with a way back to change it, and what comes next. */
export function SetupDone({ orgId, view, onEdit }: { orgId: string; view: OnboardingView; onEdit: (step: OnboardingStep) => void }) {
  const channel = stepView(view, 'channel')?.channel;
  const warehouse = stepView(view, 'warehouse')?.warehouse;
  const catalog = stepView(view, 'catalog');
  const rates = stepView(view, 'tax_rates')?.taxRates ?? [];
  const receipt = stepView(view, 'receipt')?.receipt;
  const approved = view.organisation.approval === 'approved';
  const rows: [OnboardingStep, string][] = [
    ['channel', channel ? `${channel.name} · ${channel.kind === 'bar' ? 'bar' : 'store'} · ${channel.currency} · ${channel.timezone ?? 'no time zone'}` : '—'],
    ['warehouse', warehouse?.name ?? '—'],
    ['catalog', `${catalog?.productTypes.length ?? 0} product types, ${catalog?.categories.length ?? 0} categories`],
    ['tax_rates', rates.map((r) => `${r.name} ${basisPointsToPercent(r.rateBp)} %${r.inclusive ? '' : ' (added)'}`).join(', ') || '—'],
    ['receipt', receipt ? [receipt.legalName, ...receipt.addressLines].join(', ') : '—'],
  ];

  return (
    <div className="office-card setup-card">
      <header className="setup-card-header setup-done-header">
        <span className="office-pair-check" aria-hidden="true">
          ✓
        </span>
        <div>
          <h2>Your business is set up</h2>
          <p className="muted">{approved ? 'You can pair tills and start selling.' : 'Next, send the documents we need to approve your business. Tills can be paired once it is approved.'}</p>
        </div>
      </header>
      <dl className="setup-summary">
        {rows.map(([step, text]) => (
          <div key={step} className="setup-summary-row">
            <dt>{STEP_TITLES[step]}</dt>
            <dd>{text}</dd>
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              aria-label={`Change ${STEP_TITLES[step].toLowerCase()}`}
              onClick={() => {
                onEdit(step);
              }}
            >
              Change
            </button>
          </div>
        ))}
      </dl>
      <footer className="setup-card-actions">
        <Link to="/admin/org/$orgId/tills" params={{ orgId }} className="btn btn-ghost btn-lg">
          Go to tills
        </Link>
        {approved ? null : (
          <Link to="/admin/org/$orgId/approval" params={{ orgId }} className="btn btn-primary btn-lg">
            Send documents for approval
          </Link>
        )}
      </footer>
    </div>
  );
}
