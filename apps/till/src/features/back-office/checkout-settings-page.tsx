import { ErrorAlert } from './error-alert';
import { EmptyState } from './empty-state';
import { FieldError } from './field-error';
import { OfficePageHeader } from './office-page-header';
import { useCheckoutSettings } from './use-checkout-settings';
import '../../styles/quick-keys-editor.css';
import { StorePicker } from './store-picker';

/**
 * How a store's tills take mobile money and check age: the providers the cashier picks from, and
 * whether (and over which age) a customer may be served on sight. Saved for the store alone; the
 * save changes these settings only.
 */
export function CheckoutSettingsPage() {
  const page = useCheckoutSettings();
  const { draft } = page;
  const minimumAge = page.saved.data?.minimumAge;
  const defaultAge = minimumAge === undefined ? 25 : Math.max(25, minimumAge + 4);

  return (
    <section className="office-page" aria-labelledby="checkout-settings-title">
      <OfficePageHeader titleId="checkout-settings-title" title="Checkout" lead="How each store's tills take mobile money and check age." />
      <StorePicker
        stores={page.editable}
        value={page.channelId}
        onChoose={(channelId) => {
          page.chooseChannel(channelId);
        }}
      />
      {page.notice ? (
        <p className="office-success" role="status">
          {page.notice}
        </p>
      ) : null}
      <ErrorAlert message={page.saveError ?? page.saved.error ?? page.channels.error} />
      {page.channels.data && page.editable.length === 0 ? <EmptyState title="No store to set up">Checkout settings are set by owners and by managers of a store.</EmptyState> : null}
      {draft ? (
        <form
          className="office-card quick-keys-card checkout-settings-form"
          aria-label="Checkout settings"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void page.save();
          }}
        >
          <label className="field">
            <span className="field-label">Mobile-money providers</span>
            <textarea
              className="input checkout-providers"
              rows={4}
              value={draft.providers}
              aria-describedby="providers-hint providers-error"
              aria-invalid={page.problem?.field === 'providers' ? true : undefined}
              onChange={(e) => {
                page.set({ providers: e.target.value });
              }}
            />
            <span id="providers-hint" className="field-hint">
              One per line, as the cashier picks them. Leave it empty to hide mobile money at the till.
            </span>
            <FieldError id="providers-error" message={page.problem?.field === 'providers' ? page.problem.message : undefined} />
          </label>
          <label className="setup-check">
            <input
              type="checkbox"
              checked={draft.visualCheck}
              onChange={(e) => {
                page.set({ visualCheck: e.target.checked });
              }}
            />
            <span>Serve a customer who clearly looks over the challenge age without asking for ID</span>
          </label>
          <label className="field checkout-challenge-age">
            <span className="field-label">Challenge age</span>
            <input
              className="input"
              inputMode="numeric"
              value={draft.challengeAge}
              placeholder={String(defaultAge)}
              disabled={!draft.visualCheck}
              aria-describedby="challenge-age-hint challenge-age-error"
              aria-invalid={page.problem?.field === 'challengeAge' ? true : undefined}
              onChange={(e) => {
                page.set({ challengeAge: e.target.value });
              }}
            />
            <span id="challenge-age-hint" className="field-hint">
              {draft.visualCheck
                ? `Anyone who may look under it shows ID. Blank: ${defaultAge}${minimumAge === undefined ? '' : ` (the store's minimum age is ${minimumAge})`}.`
                : 'Every restricted sale needs a date of birth or a scanned ID.'}
            </span>
            <FieldError id="challenge-age-error" message={page.problem?.field === 'challengeAge' ? page.problem.message : undefined} />
          </label>
          <div>
            <button type="submit" className="btn btn-primary" disabled={page.saving}>
              {page.saving ? 'Saving…' : 'Save checkout settings'}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
