import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorAlert } from './error-alert';
import { LoadingLine } from './loading-line';
import { OfficeAuthFrame } from './office-auth-frame';
import { useOfficeSession } from './office-services';
import { SubmitButton } from './submit-button';
import { submitWith } from './submit-with';
import { TextField } from './text-field';
import { useAcceptInvitation } from './use-accept-invitation';

export function AcceptInvitationPage() {
  const accept = useAcceptInvitation();
  const session = useOfficeSession((s) => s);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (!accept.token) {
    return (
      <OfficeAuthFrame title="This invitation link is incomplete" footer={<Link to="/admin/sign-in">Go to sign in</Link>}>
        <ErrorAlert message="The link has no invitation code. Open the whole link from the email, or ask whoever invited you for a new one." />
      </OfficeAuthFrame>
    );
  }

  if (session.status === 'restoring') {
    return (
      <OfficeAuthFrame title="Join your team">
        <LoadingLine label="Checking your sign-in…" />
      </OfficeAuthFrame>
    );
  }

  if (session.status === 'signed-in') {
    return (
      <OfficeAuthFrame title="Join your team" lead="You were invited to work with an organisation on Tillsafe.">
        <div className="stack">
          <p>
            You are signed in as <strong>{session.user.name}</strong> ({session.user.email}). Accepting adds the invited role to this account.
          </p>
          <ErrorAlert message={accept.error} />
          <button type="button" className="btn btn-primary btn-lg btn-block" onClick={accept.acceptSignedIn} disabled={accept.busy}>
            {accept.busy ? 'Accepting…' : 'Accept invitation'}
          </button>
          <button type="button" className="btn btn-ghost btn-block" onClick={accept.signOut} disabled={accept.busy}>
            Not you? Sign out
          </button>
        </div>
      </OfficeAuthFrame>
    );
  }

  const submit = () => {
    if (accept.mode === 'new') accept.acceptAsNew(name, password);
    else accept.signInAndAccept(email, password);
  };

  return (
    <OfficeAuthFrame
      title="Join your team"
      lead={accept.mode === 'new' ? 'Create your account to accept the invitation.' : 'Sign in with your existing account, then the invitation is accepted.'}
      footer={
        accept.mode === 'new' ? (
          <span>
            Already have a Tillsafe account?{' '}
            <button
              type="button"
              className="office-link-button"
              onClick={() => {
                accept.switchTo('existing');
              }}
            >
              Sign in to accept
            </button>
          </span>
        ) : (
          <span>
            New to Tillsafe?{' '}
            <button
              type="button"
              className="office-link-button"
              onClick={() => {
                accept.switchTo('new');
              }}
            >
              Create an account instead
            </button>
          </span>
        )
      }
    >
      <form className="stack" onSubmit={submitWith(submit)}>
        {accept.mode === 'new' ? (
          <TextField label="Your name" autoComplete="name" value={name} onValue={setName} required maxLength={120} autoFocus />
        ) : (
          <TextField label="Email" type="email" autoComplete="username" value={email} onValue={setEmail} required autoFocus />
        )}
        <TextField
          label={accept.mode === 'new' ? 'Choose a password' : 'Password'}
          type="password"
          autoComplete={accept.mode === 'new' ? 'new-password' : 'current-password'}
          minLength={accept.mode === 'new' ? 10 : undefined}
          maxLength={200}
          value={password}
          onValue={setPassword}
          hint={accept.mode === 'new' ? 'At least 10 characters.' : undefined}
          required
        />
        <ErrorAlert message={accept.error} />
        <SubmitButton label={accept.mode === 'new' ? 'Create account and join' : 'Sign in and join'} busyLabel="Accepting…" busy={accept.busy} block />
      </form>
    </OfficeAuthFrame>
  );
}
