import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { officeApi, officeSession } from './office-services';
import type { SignUpInput } from './office-api';
import { useOfficeCall } from './use-office-call';

export function useSignUpForm() {
  const navigate = useNavigate();
  const [input, setInput] = useState<SignUpInput>({ name: '', email: '', password: '', organisationName: '', businessType: 'retailer' });
  const call = useOfficeCall();

  const submit = () =>
    call.run(async () => {
      await officeApi.signUp(input);
      // A new business starts with its set-up wizard.
      const state = officeSession.store.getState();
      const orgId = state.status === 'signed-in' ? state.memberships[0]?.organisationId : undefined;
      await (orgId ? navigate({ to: '/admin/org/$orgId/setup', params: { orgId } }) : navigate({ to: '/admin' }));
    });

  return {
    input,
    set: <K extends keyof SignUpInput>(key: K, value: SignUpInput[K]) => {
      setInput((current) => ({ ...current, [key]: value }));
    },
    busy: call.busy,
    error: call.error,
    submit: () => void submit(),
  };
}
