import { Link } from '@tanstack/react-router';
import type { SubmitEvent } from 'react';
import { OfficeAuthFrame } from './office-auth-frame';
import { useForgotPassword } from './use-forgot-password';

export function ForgotPasswordPage() {
  const { email, setEmail, phase, submit } = useForgotPassword();
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };

  return (
    <OfficeAuthFrame
      title="Reset your password"
      lead="We will email you a link to choose a new one. It works once, for 30 minutes."
      footer={<Link to="/admin/sign-in">Back to sign in</Link>}
    >
      {phase.step === 'sent' ? (
        <div className="office-success" role="status">
          <strong>Check your inbox.</strong> If an account uses {phase.email}, a reset link is on its way. It can take a minute to arrive.
        </div>
      ) : (
        <form className="stack" onSubmit={onSubmit}>
          <label className="field">
            <span className="field-label">Email</span>
            <input
              className="input"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
              }}
              required
              autoFocus
            />
          </label>
          {phase.step === 'form' && phase.error ? (
            <p className="alert" role="alert">
              {phase.error}
            </p>
          ) : null}
          <button type="submit" className="btn btn-primary btn-lg btn-block" disabled={phase.step === 'sending'}>
            {phase.step === 'sending' ? 'Sending…' : 'Email me a reset link'}
          </button>
        </form>
      )}
    </OfficeAuthFrame>
  );
}
