import type { SubmitEvent } from 'react';
import { ErrorAlert } from './error-alert';
import { ROLE_LABELS } from './office-format';
import { OfficePageHeader } from './office-page-header';
import { SubmitButton } from './submit-button';
import { TextField } from './text-field';
import { useTillPin } from './use-till-pin';
import './audit-page.css';

/**
 * Any member sets their own PIN for this organisation's tills. The PIN is hashed on the server and
 * only the hash travels to the tills, where it also works offline.
 */
export function TillPinPage() {
  const form = useTillPin();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.save();
  };
  const role = form.status ? ROLE_LABELS[form.status.role].toLowerCase() : undefined;
  return (
    <section className="office-page" aria-labelledby="till-pin-title">
      <OfficePageHeader
        titleId="till-pin-title"
        title="Your till PIN"
        lead={form.status?.set ? `You have a PIN: you sign in at the tills as ${withArticle(role ?? 'member')}. Set a new one here.` : 'Set a PIN to sign in at this organisation’s tills, also offline.'}
      />
      <form className="office-card office-card-padded office-form-compact till-pin-form" onSubmit={submit} noValidate>
        <TextField
          label="New PIN"
          hint="4 to 8 digits. Do not reuse your bank card PIN."
          hintId="till-pin-hint"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={form.pin}
          onValue={form.setPin}
          error={form.fieldError}
          errorId="till-pin-error"
        />
        <TextField label="Repeat the PIN" type="password" inputMode="numeric" autoComplete="new-password" value={form.repeat} onValue={form.setRepeat} />
        <ErrorAlert message={form.error} />
        {form.saved ? (
          <p className="office-success" role="status">
            PIN saved. Tills get it with their next sync.
          </p>
        ) : null}
        <SubmitButton label="Save PIN" busy={form.busy} busyLabel="Saving…" />
      </form>
    </section>
  );
}

/** "an owner", "a manager". */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
