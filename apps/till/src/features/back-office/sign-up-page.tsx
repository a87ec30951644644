import { Link } from '@tanstack/react-router';
import type { SubmitEvent } from 'react';
import { OfficeAuthFrame } from './office-auth-frame';
import { BUSINESS_TYPE_LABELS } from './office-format';
import { businessTypes, type BusinessType } from './office-schemas';
import { useSignUpForm } from './use-sign-up-form';

export function SignUpPage() {
  const form = useSignUpForm();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.submit();
  };

  return (
    <OfficeAuthFrame
      title="Create your business account"
      lead="You become its owner. A new business can set up its catalog at once; tills can be enrolled once it is approved."
      footer={
        <span>
          Already have an account? <Link to="/admin/sign-in">Sign in</Link>
        </span>
      }
    >
      <form className="stack office-form-compact" onSubmit={submit}>
        <label className="field">
          <span className="field-label">Your name</span>
          <input
            className="input"
            autoComplete="name"
            value={form.input.name}
            onChange={(e) => {
              form.set('name', e.target.value);
            }}
            required
            maxLength={120}
            autoFocus
          />
        </label>
        <label className="field">
          <span className="field-label">Email</span>
          <input
            className="input"
            type="email"
            autoComplete="username"
            value={form.input.email}
            onChange={(e) => {
              form.set('email', e.target.value);
            }}
            required
          />
        </label>
        <label className="field">
          <span className="field-label">Password</span>
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            minLength={10}
            maxLength={200}
            value={form.input.password}
            onChange={(e) => {
              form.set('password', e.target.value);
            }}
            aria-describedby="signup-password-hint"
            required
          />
          <span id="signup-password-hint" className="field-hint">
            At least 10 characters.
          </span>
        </label>
        <div className="office-field-pair">
          <label className="field">
            <span className="field-label">Business name</span>
            <input
              className="input"
              autoComplete="organization"
              value={form.input.organisationName}
              onChange={(e) => {
                form.set('organisationName', e.target.value);
              }}
              required
              maxLength={160}
            />
          </label>
          <label className="field">
            <span className="field-label">Business type</span>
            <select
              className="input"
              value={form.input.businessType}
              onChange={(e) => {
                form.set('businessType', e.target.value as BusinessType);
              }}
            >
              {businessTypes.map((type) => (
                <option key={type} value={type}>
                  {BUSINESS_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          </label>
        </div>
        {form.error ? (
          <p className="alert" role="alert">
            {form.error}
          </p>
        ) : null}
        <button type="submit" className="btn btn-primary btn-lg btn-block" disabled={form.busy}>
          {form.busy ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
    </OfficeAuthFrame>
  );
}
