import { Link, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { ErrorAlert } from './error-alert';
import { OfficeAuthFrame } from './office-auth-frame';
import { officeSession, useOfficeSession } from './office-services';
import { SubmitButton } from './submit-button';
import { submitWith } from './submit-with';
import { TextField } from './text-field';
import { useSignInForm } from './use-sign-in-form';

export function SignInPage() {
  const form = useSignInForm();
  const navigate = useNavigate();
  const passwordId = useId();
  const notice = useOfficeSession((s) => (s.status === 'signed-out' ? s.notice : undefined));
  const resumable = useOfficeSession((s) => s.status === 'signed-out' && s.resumable);

  const resume = () => {
    void officeSession.restore().then(() => {
      if (officeSession.store.getState().status === 'signed-in') void navigate({ to: '/admin' });
    });
  };

  return (
    <OfficeAuthFrame
      title="Sign in"
      lead="Manage your tills, stores and staff."
      footer={
        <>
          <span>
            New to Tillsafe? <Link to="/admin/sign-up">Create an account</Link>
          </span>
          <Link to="/">Open the till</Link>
        </>
      }
    >
      {notice ? (
        <div className="office-notice" role="status">
          <p>{notice}</p>
          {resumable ? (
            <button type="button" className="btn btn-ghost btn-sm" onClick={resume}>
              Try again
            </button>
          ) : null}
        </div>
      ) : null}
      <form className="stack" onSubmit={submitWith(form.submit)}>
        <TextField label="Email" type="email" autoComplete="username" value={form.email} onValue={form.setEmail} required autoFocus />
        <div className="field">
          <span className="field-label-row">
            <label className="field-label" htmlFor={passwordId}>
              Password
            </label>
            <Link to="/admin/forgot-password" className="office-link-sm">
              Forgot your password?
            </Link>
          </span>
          <input
            id={passwordId}
            className="input"
            type="password"
            autoComplete="current-password"
            value={form.password}
            onChange={(e) => {
              form.setPassword(e.target.value);
            }}
            required
          />
        </div>
        <ErrorAlert message={form.error} />
        <SubmitButton label="Sign in" busyLabel="Signing in…" busy={form.busy} block />
      </form>
    </OfficeAuthFrame>
  );
}
