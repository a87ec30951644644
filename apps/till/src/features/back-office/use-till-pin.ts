import { useState } from 'react';
import { officeErrorMessage } from './office-errors';
import { useOfficeOrg } from './office-org';
import { officeApi } from './office-services';
import { useResource } from './use-resource';

const PIN = /^\d{4,8}$/;

/** The till PIN form: typed twice, checked here for the sentence, saved on the server. */
export function useTillPin() {
  const org = useOfficeOrg();
  const status = useResource(`till-pin:${org.id}`, () => officeApi.tillPinStatus(org.id));
  const [pin, setPinState] = useState('');
  const [repeat, setRepeatState] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const edited = () => {
    setFieldError(undefined);
    setError(undefined);
    setSaved(false);
  };

  async function save() {
    if (!PIN.test(pin)) {
      setFieldError('A PIN is 4 to 8 digits.');
      return;
    }
    if (pin !== repeat) {
      setFieldError('The two PINs are not the same.');
      return;
    }
    setBusy(true);
    try {
      await officeApi.setTillPin(org.id, pin);
      setPinState('');
      setRepeatState('');
      setSaved(true);
      await status.reload();
    } catch (failure) {
      setError(officeErrorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return {
    status: status.data,
    pin,
    repeat,
    setPin: (value: string) => {
      setPinState(value.replace(/\D/g, '').slice(0, 8));
      edited();
    },
    setRepeat: (value: string) => {
      setRepeatState(value.replace(/\D/g, '').slice(0, 8));
      edited();
    },
    fieldError,
    error,
    busy,
    saved,
    save: () => void save(),
  };
}
