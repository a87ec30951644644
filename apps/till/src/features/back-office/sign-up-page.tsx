import { Link } from '@tanstack/react-router';
import { ErrorAlert } from './error-alert';
import { OfficeAuthFrame } from './office-auth-frame';
import { BUSINESS_TYPE_LABELS } from './office-format';
import { businessTypes, type BusinessType } from './office-schemas';
import { SelectField } from './select-field';
import { SubmitButton } from './submit-button';
import { submitWith } from './submit-with';
import { TextField } from './text-field';
import { useSignUpForm } from './use-sign-up-form';

const BUSINESS_TYPE_OPTIONS = businessTypes.map((type) => ({ value: type, label: BUSINESS_TYPE_LABELS[type] }));

export function SignUpPage() {
  const form = useSignUpForm();

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
      <form className="stack office-form-compact" onSubmit={submitWith(form.submit)}>
        <TextField
          label="Your name"
          autoComplete="name"
          value={form.input.name}
          onValue={(name) => {
            form.set('name', name);
          }}
          required
          maxLength={120}
          autoFocus
        />
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          value={form.input.email}
          onValue={(email) => {
            form.set('email', email);
          }}
          required
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          minLength={10}
          maxLength={200}
          value={form.input.password}
          onValue={(password) => {
            form.set('password', password);
          }}
          hint="At least 10 characters."
          hintId="signup-password-hint"
          required
        />
        <div className="office-field-pair">
          <TextField
            label="Business name"
            autoComplete="organization"
            value={form.input.organisationName}
            onValue={(organisationName) => {
              form.set('organisationName', organisationName);
            }}
            required
            maxLength={160}
          />
          <SelectField
            label="Business type"
            value={form.input.businessType}
            options={BUSINESS_TYPE_OPTIONS}
            onValue={(type) => {
              form.set('businessType', type as BusinessType);
            }}
          />
        </div>
        <ErrorAlert message={form.error} />
        <SubmitButton label="Create account" busyLabel="Creating your account…" busy={form.busy} block />
      </form>
    </OfficeAuthFrame>
  );
}
