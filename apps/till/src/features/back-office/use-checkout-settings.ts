import { useEffect, useMemo, useState } from 'react';
import { can } from '@tillsafe/domain';
import { checkoutSettingsApi } from './catalog-services';
import { checkoutDraftOf, readCheckoutDraft, type CheckoutDraft } from './checkout-settings-draft';
import { officeErrorMessage } from './office-errors';
import { useOfficeOrg } from './office-org';
import { officeApi } from './office-services';
import { useResource } from './use-resource';

/** The checkout settings page's state: the stores the person may set (pricing.edit there), the chosen store's form, the save. */
export function useCheckoutSettings() {
  const org = useOfficeOrg();
  const channels = useResource(`channels:${org.id}`, () => officeApi.listChannels(org.id));
  const editable = useMemo(
    () => (channels.data ?? []).filter((channel) => org.roles.some((r) => (r.channelId === null || r.channelId === channel.id) && can(r.role, 'pricing.edit'))),
    [channels.data, org.roles],
  );
  const [chosen, setChosen] = useState<string | undefined>();
  const channelId = chosen ?? editable[0]?.id;
  const saved = useResource(`checkout-settings:${org.id}:${channelId ?? ''}`, () => (channelId ? checkoutSettingsApi.load(org.id, channelId) : Promise.resolve(undefined)));
  const [draft, setDraft] = useState<CheckoutDraft | undefined>();
  const [problem, setProblem] = useState<{ field: 'providers' | 'challengeAge'; message: string } | undefined>();
  const [saveError, setSaveError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (saved.data) setDraft(checkoutDraftOf(saved.data));
  }, [saved.data]);

  return {
    editable,
    channels,
    channelId,
    chooseChannel: (id: string) => {
      setChosen(id);
      setNotice(undefined);
      setSaveError(undefined);
      setProblem(undefined);
    },
    saved,
    draft,
    set: (change: Partial<CheckoutDraft>) => {
      setDraft((d) => (d ? { ...d, ...change } : d));
      setNotice(undefined);
      setProblem(undefined);
    },
    problem,
    saveError,
    notice,
    saving,
    save: async () => {
      if (!channelId || !draft || !saved.data) return;
      const read = readCheckoutDraft(draft, saved.data.minimumAge);
      if (!read.ok) {
        setProblem({ field: read.field, message: read.message });
        return;
      }
      setSaving(true);
      setSaveError(undefined);
      try {
        const answer = await checkoutSettingsApi.save(org.id, channelId, read.settings);
        await saved.reload();
        setNotice(`Saved the checkout settings of ${answer.channel.name}. Its tills use them after their next sync (within seconds when online).`);
      } catch (error) {
        setSaveError(officeErrorMessage(error));
      } finally {
        setSaving(false);
      }
    },
  };
}
