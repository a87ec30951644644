import { Link } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { OfficeAuthFrame } from './office-auth-frame';
import { useOfficeSession } from './office-services';
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
        <p className="alert" role="alert">
          The link has no invitation code. Open the whole link from the email, or ask whoever invited you for a new one.
        </p>
      </OfficeAuthFrame>
    );
  }

  const errorLine = accept.error ? (
    <p className="alert" role="alert">
      {accept.error}
    </p>
  ) : null;

  if (session.status === 'restoring') {
    return (
      <OfficeAuthFrame title="Join your team">
        <p className="office-loading" role="status">
          <span className="spinner" aria-hidden="true" /> Checking your sign-in…
        </p>
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
          {errorLine}
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

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
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
      <form className="stack" onSubmit={submit}>
        {accept.mode === 'new' ? (
          <label className="field">
            <span className="field-label">Your name</span>
            <input
              className="input"
              autoComplete="name"
              value={name}
              onChange={(e) => {
                setName(e.target.value);
              }}
              required
              maxLength={120}
              autoFocus
            />
          </label>
        ) : (
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
        )}
        <label className="field">
          <span className="field-label">{accept.mode === 'new' ? 'Choose a password' : 'Password'}</span>
          <input
            className="input"
            type="password"
            autoComplete={accept.mode === 'new' ? 'new-password' : 'current-password'}
            minLength={accept.mode === 'new' ? 10 : undefined}
            maxLength={200}
            value={password}
            onChange={(e) => {
              setPassword(e.target.value);
            }}
            required
          />
          {accept.mode === 'new' ? <span className="field-hint">At least 10 characters.</span> : null}
        </label>
        {errorLine}
        <button type="submit" className="btn btn-primary btn-lg btn-block" disabled={accept.busy}>
          {accept.busy ? 'Accepting…' : accept.mode === 'new' ? 'Create account and join' : 'Sign in and join'}
        </button>
      </form>
    </OfficeAuthFrame>
  );
}
