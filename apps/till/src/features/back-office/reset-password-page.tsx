import { Link } from '@tanstack/react-router';
import type { SubmitEvent } from 'react';
import { OfficeAuthFrame } from './office-auth-frame';
import { useResetPassword } from './use-reset-password';

export function ResetPasswordPage() {
  const reset = useResetPassword();
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset.submit();
  };

  if (!reset.token) {
    return (
      <OfficeAuthFrame title="This reset link is incomplete" footer={<Link to="/admin/forgot-password">Ask for a new link</Link>}>
        <p className="alert" role="alert">
          The link has no reset code. Open the whole link from the email, or ask for a new one.
        </p>
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
        <form className="stack" onSubmit={onSubmit}>
          <label className="field">
            <span className="field-label">New password</span>
            <input
              className="input"
              type="password"
              autoComplete="new-password"
              minLength={10}
              maxLength={200}
              value={reset.password}
              onChange={(e) => {
                reset.setPassword(e.target.value);
              }}
              required
              autoFocus
            />
            <span className="field-hint">At least 10 characters.</span>
          </label>
          <label className="field">
            <span className="field-label">Repeat the new password</span>
            <input
              className="input"
              type="password"
              autoComplete="new-password"
              value={reset.repeat}
              onChange={(e) => {
                reset.setRepeat(e.target.value);
              }}
              required
            />
          </label>
          {reset.phase.step === 'form' && reset.phase.error ? (
            <p className="alert" role="alert">
              {reset.phase.error}
            </p>
          ) : null}
          <button type="submit" className="btn btn-primary btn-lg btn-block" disabled={reset.phase.step === 'saving'}>
            {reset.phase.step === 'saving' ? 'Saving…' : 'Save new password'}
          </button>
        </form>
      )}
    </OfficeAuthFrame>
  );
}
