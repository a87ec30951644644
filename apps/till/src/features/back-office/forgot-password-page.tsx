import { Link } from '@tanstack/react-router';
import { ErrorAlert } from './error-alert';
import { OfficeAuthFrame } from './office-auth-frame';
import { SubmitButton } from './submit-button';
import { submitWith } from './submit-with';
import { TextField } from './text-field';
import { useForgotPassword } from './use-forgot-password';

export function ForgotPasswordPage() {
  const { email, setEmail, phase, submit } = useForgotPassword();

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
        <form className="stack" onSubmit={submitWith(submit)}>
          <TextField label="Email" type="email" autoComplete="username" value={email} onValue={setEmail} required autoFocus />
          <ErrorAlert message={phase.step === 'form' ? phase.error : undefined} />
          <SubmitButton label="Email me a reset link" busyLabel="Sending…" busy={phase.step === 'sending'} block />
        </form>
      )}
    </OfficeAuthFrame>
  );
}
