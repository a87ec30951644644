import { useEffect, useState } from 'react';
import { catalogInput, catalogProblem, draftFromDefaults, draftFromSaved, newCategory, newProductType, removeCategory, removeProductType, renameProductType, type CatalogDraft } from './catalog-draft';
import { ErrorAlert } from './error-alert';
import { FieldError, invalidProps } from './field-error';
import { LoadingLine } from './loading-line';
import { officeErrorMessage } from './office-errors';
import { PlusIcon } from './office-icons';
import { onboardingApi } from './office-services';
import { RemoveRowButton } from './remove-row-button';
import { stepView } from './onboarding-schemas';
import { SetupStepFrame, type SetupStepProps } from './setup-step-frame';
import { useStepSave } from './use-step-save';

/**
 * Step 3: product types (which need an age check) and the categories the till shows. A business
 * that has not saved this step starts from the liquor-store defaults, to edit before saving.
 */
export function SetupCatalogStep(props: SetupStepProps) {
  const saved = stepView(props.view, 'catalog');
  const [draft, setDraft] = useState<CatalogDraft | undefined>(() => (saved?.done ? draftFromSaved(saved) : undefined));
  const [loadError, setLoadError] = useState<string | undefined>();
  const save = useStepSave(props.onSaved);

  useEffect(() => {
    if (draft) return;
    let current = true;
    onboardingApi.catalogDefaults(props.orgId).then(
      (defaults) => {
        if (current) setDraft(draftFromDefaults(defaults));
      },
      (error: unknown) => {
        if (current) setLoadError(officeErrorMessage(error));
      },
    );
    return () => {
      current = false;
    };
  }, [draft, props.orgId]);

  const update = (change: (d: CatalogDraft) => CatalogDraft) => {
    setDraft((d) => (d ? change(d) : d));
  };
  const typeNames = (draft?.productTypes ?? []).map((t) => t.name.trim()).filter(Boolean);

  return (
    <SetupStepFrame
      step="catalog"
      lead={saved?.done ? 'What you sell, grouped the way the till shows it. Names are matched when you save again: new ones are added, nothing is deleted.' : 'A liquor store’s usual start, ready to edit. Age-checked types ask the cashier to check ID.'}
      save={save}
      shows={(field) => /^(productTypes|categories)(\.|$)/.test(field)}
      onSubmit={() => {
        if (!draft) return;
        const problem = catalogProblem(draft);
        if (problem) save.refuse(problem.field, problem.message);
        else save.save(() => onboardingApi.saveCatalog(props.orgId, catalogInput(draft)));
      }}
      onBack={props.onBack}
      onGoTo={props.onGoTo}
      last={false}
    >
      {!draft ? (
        loadError ? (
          <ErrorAlert message={loadError} />
        ) : (
          <LoadingLine label="Loading the liquor-store defaults…" />
        )
      ) : (
        <>
          <fieldset className="setup-group">
            <legend className="setup-group-title">Product types</legend>
            <ul className="setup-rows" aria-label="Product types">
              {draft.productTypes.map((type, i) => {
                const nameError = save.errorFor(`productTypes.${i}.name`);
                return (
                  <li key={type.key} className="setup-row setup-row-type">
                    <input
                      className="input input-sm"
                      aria-label={`Product type ${i + 1} name`}
                      value={type.name}
                      maxLength={80}
                      onChange={(e) => {
                        update((d) => renameProductType(d, type.key, e.target.value));
                      }}
                      {...invalidProps(`setup-type-${i}-error`, nameError)}
                    />
                    <label className="setup-check">
                      <input
                        type="checkbox"
                        checked={type.ageRestricted}
                        onChange={(e) => {
                          const ageRestricted = e.target.checked;
                          update((d) => ({ ...d, productTypes: d.productTypes.map((t) => (t.key === type.key ? { ...t, ageRestricted } : t)) }));
                        }}
                      />
                      <span>Age check</span>
                    </label>
                    <RemoveRowButton label={`Remove product type ${type.name || i + 1}`} saved={type.saved} onRemove={() => { update((d) => removeProductType(d, type.key)); }} />
                    <FieldError id={`setup-type-${i}-error`} message={nameError} />
                  </li>
                );
              })}
            </ul>
            <FieldError id="setup-types-error" message={save.errorFor('productTypes')} />
            <button type="button" className="btn btn-ghost btn-sm setup-add" onClick={() => { update((d) => ({ ...d, productTypes: [...d.productTypes, newProductType()] })); }}>
              <PlusIcon /> Add a product type
            </button>
          </fieldset>

          <fieldset className="setup-group">
            <legend className="setup-group-title">Categories</legend>
            <ul className="setup-rows" aria-label="Categories">
              {draft.categories.map((category, i) => {
                const errors = ['name', 'color', 'productType'].map((f) => save.errorFor(`categories.${i}.${f}`));
                const message = errors.find(Boolean);
                return (
                  <li key={category.key} className="setup-row setup-row-category">
                    <input
                      type="color"
                      className="setup-color"
                      aria-label={`Colour of ${category.name || `category ${i + 1}`}`}
                      value={category.color}
                      onChange={(e) => {
                        const color = e.target.value;
                        update((d) => ({ ...d, categories: d.categories.map((c) => (c.key === category.key ? { ...c, color } : c)) }));
                      }}
                    />
                    <input
                      className="input input-sm"
                      aria-label={`Category ${i + 1} name`}
                      value={category.name}
                      maxLength={80}
                      onChange={(e) => {
                        const name = e.target.value;
                        update((d) => ({ ...d, categories: d.categories.map((c) => (c.key === category.key ? { ...c, name } : c)) }));
                      }}
                      {...invalidProps(`setup-category-${i}-error`, errors[0])}
                    />
                    <select
                      className="input input-sm"
                      aria-label={`Product type of ${category.name || `category ${i + 1}`}`}
                      value={typeNames.includes(category.productType.trim()) ? category.productType.trim() : ''}
                      onChange={(e) => {
                        const productType = e.target.value;
                        update((d) => ({ ...d, categories: d.categories.map((c) => (c.key === category.key ? { ...c, productType } : c)) }));
                      }}
                      {...invalidProps(`setup-category-${i}-error`, errors[2])}
                    >
                      <option value="" disabled>
                        Choose a type…
                      </option>
                      {typeNames.map((name) => (
                        <option key={name} value={name}>
                          {name}
                        </option>
                      ))}
                    </select>
                    <RemoveRowButton label={`Remove category ${category.name || i + 1}`} saved={category.saved} onRemove={() => { update((d) => removeCategory(d, category.key)); }} />
                    <FieldError id={`setup-category-${i}-error`} message={message} />
                  </li>
                );
              })}
            </ul>
            <FieldError id="setup-categories-error" message={save.errorFor('categories')} />
            <button type="button" className="btn btn-ghost btn-sm setup-add" onClick={() => { update((d) => ({ ...d, categories: [...d.categories, newCategory(typeNames[0] ?? '')] })); }}>
              <PlusIcon /> Add a category
            </button>
          </fieldset>
        </>
      )}
    </SetupStepFrame>
  );
}
