import { Link } from '@tanstack/react-router';
import { ErrorAlert } from './error-alert';
import { OfficeAuthFrame } from './office-auth-frame';
import { SubmitButton } from './submit-button';
import { submitWith } from './submit-with';
import { TextField } from './text-field';
import { useResetPassword } from './use-reset-password';

export function ResetPasswordPage() {
  const reset = useResetPassword();

  if (!reset.token) {
    return (
      <OfficeAuthFrame title="This reset link is incomplete" footer={<Link to="/admin/forgot-password">Ask for a new link</Link>}>
        <ErrorAlert message="The link has no reset code. Open the whole link from the email, or ask for a new one." />
      </OfficeAuthFrame>
    );
  }

  return (
    <OfficeAuthFrame title="Choose a new password" lead="Every other sign-in of your account ends when you save it." footer={<Link to="/admin/sign-in">Back to sign in</Link>}>
      {reset.phase.step === 'done' ? (
        <div className="stack">
          <div className="office-success" role="status">
            <strong>Your password is changed.</strong> Sign in with the new one.
          </div>
          <Link to="/admin/sign-in" className="btn btn-primary btn-lg btn-block">
            Sign in
          </Link>
        </div>
      ) : (
        <form className="stack" onSubmit={submitWith(reset.submit)}>
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            minLength={10}
            maxLength={200}
            value={reset.password}
            onValue={reset.setPassword}
            hint="At least 10 characters."
            required
            autoFocus
          />
          <TextField label="Repeat the new password" type="password" autoComplete="new-password" value={reset.repeat} onValue={reset.setRepeat} required />
          <ErrorAlert message={reset.phase.step === 'form' ? reset.phase.error : undefined} />
          <SubmitButton label="Save new password" busyLabel="Saving…" busy={reset.phase.step === 'saving'} block />
        </form>
      )}
    </OfficeAuthFrame>
  );
}
