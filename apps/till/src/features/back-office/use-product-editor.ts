import { useState } from 'react';
import { z } from 'zod';
import type { ProductRecord } from '@tillsafe/sync';
import { ApiError } from '../../sync-client/api-client';
import type { CatalogReferences } from './catalog-api';
import { catalogApi } from './catalog-services';
import { officeErrorMessage } from './office-errors';
import { draftFromProduct, emptyProductDraft, fieldKeyOf, newPackDraft, readProductDraft, type FieldErrors, type PackDraft, type ProductDraft } from './product-draft';
import { useDialogAction } from './use-dialog-action';

const problemsSchema = z.object({ problems: z.array(z.object({ field: z.string(), message: z.string() })) });
const issuesSchema = z.object({ issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })) });

/** The server's refusal, field by field, when it names fields. */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  for (const p of problemsSchema.safeParse(error.details).data?.problems ?? []) out[fieldKeyOf(p.field.split('.'))] ??= p.message;
  for (const i of issuesSchema.safeParse(error.details).data?.issues ?? []) out[fieldKeyOf(i.path)] ??= i.message;
  return out;
}

/** The editor's draft, its refusals per field, and saving it as a new product or over `product`. */
export function useProductEditor(orgId: string, product: ProductRecord | undefined, references: CatalogReferences, currency: string, onSaved: (saved: ProductRecord) => void, onClose: () => void) {
  const [draft, setDraft] = useState<ProductDraft>(() =>
    product ? draftFromProduct(product, currency) : emptyProductDraft({ categoryId: references.categories[0]?.id, taxCategoryId: references.taxCategories[0]?.id }),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const action = useDialogAction(onClose);

  const set = <K extends keyof ProductDraft>(key: K, value: ProductDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const setPack = (index: number, patch: Partial<PackDraft>) => {
    setDraft((d) => ({ ...d, packs: d.packs.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));
    const cleared = new Set(Object.keys(patch).map((key) => `packs.${index}.${key}`));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !cleared.has(key))));
  };

  function save() {
    const read = readProductDraft(draft, currency);
    if (read.errors) {
      setErrors(read.errors);
      action.refuse('Some fields need a look: each says what is wrong.');
      return;
    }
    setErrors({});
    action.run(async () => {
      try {
        const saved = product ? await catalogApi.updateProduct(orgId, product.id, read.input) : await catalogApi.createProduct(orgId, read.input);
        onSaved(saved);
        return undefined;
      } catch (error) {
        setErrors(serverFieldErrors(error));
        return officeErrorMessage(error);
      }
    });
  }

  return {
    draft,
    errors,
    action,
    set,
    setPack,
    addPack: () => {
      setDraft((d) => ({ ...d, packs: [...d.packs, newPackDraft()] }));
    },
    removePack: (index: number) => {
      setDraft((d) => ({ ...d, packs: d.packs.filter((_, i) => i !== index) }));
      setErrors({});
    },
    save,
  };
}
