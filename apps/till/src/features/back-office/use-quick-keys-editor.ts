import { useEffect, useMemo, useState } from 'react';
import { can } from '@tillsafe/domain';
import { quickKeysApi } from './catalog-services';
import { officeErrorMessage } from './office-errors';
import { useOfficeOrg } from './office-org';
import { officeApi } from './office-services';
import { addKey, cannotAdd, draftOf, keysOf, moveKey, removeKey, updateKey, type DraftKey, type KeyProduct } from './quick-keys-draft';
import { useResource } from './use-resource';

const SEARCH_DELAY_MS = 250;

/**
 * The quick-key editor's state: the channels the person may arrange (catalog.edit there), the
 * chosen channel's keys as saved and as being edited, the product search to add from, and the save.
 */
export function useQuickKeysEditor() {
  const org = useOfficeOrg();
  const channels = useResource(`channels:${org.id}`, () => officeApi.listChannels(org.id));
  const editable = useMemo(
    () => (channels.data ?? []).filter((channel) => org.roles.some((r) => (r.channelId === null || r.channelId === channel.id) && can(r.role, 'catalog.edit'))),
    [channels.data, org.roles],
  );
  const [chosen, setChosen] = useState<string | undefined>();
  const channelId = chosen ?? editable[0]?.id;
  const saved = useResource(`quick-keys:${org.id}:${channelId ?? ''}`, () => (channelId ? quickKeysApi.load(org.id, channelId) : Promise.resolve(undefined)));

  const [draft, setDraft] = useState<DraftKey[]>([]);
  const [known, setKnown] = useState<ReadonlyMap<string, KeyProduct>>(new Map());
  const [notice, setNotice] = useState<string | undefined>();
  const [saveError, setSaveError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [removing, setRemoving] = useState<number | undefined>();
  useEffect(() => {
    if (!saved.data) return;
    setDraft(draftOf(saved.data.quickKeys));
    setKnown(new Map(saved.data.products.map((p) => [p.id, p])));
  }, [saved.data]);

  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(search);
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [search]);
  const results = useResource(`quick-key-products:${org.id}:${channelId ?? ''}:${query}`, () =>
    channelId ? quickKeysApi.searchProducts(org.id, channelId, query) : Promise.resolve({ products: [], total: 0 }),
  );

  const dirty = saved.data !== undefined && JSON.stringify(keysOf(draft)) !== JSON.stringify(saved.data.quickKeys);
  const edit = (next: DraftKey[]) => {
    setDraft(next);
    setNotice(undefined);
  };

  return {
    orgId: org.id,
    channels,
    editable,
    channelId,
    channel: saved.data?.channel,
    chooseChannel: (id: string) => {
      setChosen(id);
      setNotice(undefined);
      setSaveError(undefined);
    },
    saved,
    draft,
    products: known,
    dirty,
    search,
    setSearch,
    results,
    cannotAdd: (productId: string, packId: string) => cannotAdd(draft, productId, packId),
    add: (product: KeyProduct, packId: string) => {
      setKnown((map) => new Map(map).set(product.id, product));
      edit(addKey(draft, product.id, packId));
    },
    move: (index: number, by: -1 | 1) => {
      edit(moveKey(draft, index, by));
    },
    update: (index: number, change: Parameters<typeof updateKey>[2]) => {
      edit(updateKey(draft, index, change));
    },
    removing,
    askRemove: setRemoving,
    remove: (index: number) => {
      edit(removeKey(draft, index));
      setRemoving(undefined);
    },
    discard: () => {
      if (saved.data) edit(draftOf(saved.data.quickKeys));
      setSaveError(undefined);
    },
    notice,
    saveError,
    saving,
    save: async () => {
      if (!channelId) return;
      setSaving(true);
      setSaveError(undefined);
      try {
        const answer = await quickKeysApi.save(org.id, channelId, keysOf(draft));
        setDraft(draftOf(answer.quickKeys));
        setKnown(new Map(answer.products.map((p) => [p.id, p])));
        await saved.reload();
        setNotice(`Saved ${answer.quickKeys.length} quick key${answer.quickKeys.length === 1 ? '' : 's'} for ${answer.channel.name}. Its tills show them after their next sync (within seconds when online).`);
      } catch (error) {
        setSaveError(officeErrorMessage(error));
      } finally {
        setSaving(false);
      }
    },
  };
}

export type QuickKeysEditor = ReturnType<typeof useQuickKeysEditor>;
