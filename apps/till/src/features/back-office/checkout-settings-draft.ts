import { checkoutSettingsSchema, type CheckoutSettings } from '@tillsafe/sync';

/** The checkout settings form as typed: providers one per line, the challenge age as text (blank: the default). */
export interface CheckoutDraft {
  providers: string;
  visualCheck: boolean;
  challengeAge: string;
}

export function checkoutDraftOf(settings: CheckoutSettings): CheckoutDraft {
  return { providers: settings.mobileMoneyProviders.join('\n'), visualCheck: settings.visualCheck, challengeAge: settings.challengeAge === null ? '' : String(settings.challengeAge) };
}

/** The settings to save, or a sentence saying what to fix. Blank lines are dropped; a blank age is the default. */
export function readCheckoutDraft(draft: CheckoutDraft, minimumAge: number): { ok: true; settings: CheckoutSettings } | { ok: false; field: 'providers' | 'challengeAge'; message: string } {
  const mobileMoneyProviders = draft.providers
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const ageText = draft.challengeAge.trim();
  let challengeAge: number | null = null;
  if (ageText) {
    if (!/^\d{1,2}$/.test(ageText)) return { ok: false, field: 'challengeAge', message: 'Enter an age in whole years, like 25, or leave it blank.' };
    challengeAge = Number(ageText);
    if (challengeAge < minimumAge) return { ok: false, field: 'challengeAge', message: `The challenge age cannot be under the store's minimum age of ${minimumAge}.` };
  }
  const parsed = checkoutSettingsSchema.safeParse({ mobileMoneyProviders, visualCheck: draft.visualCheck, challengeAge });
  if (!parsed.success) {
    const twice = mobileMoneyProviders.find((name, i) => mobileMoneyProviders.findIndex((other) => other.toLowerCase() === name.toLowerCase()) !== i);
    if (twice) return { ok: false, field: 'providers', message: `${twice} is listed twice.` };
    if (mobileMoneyProviders.length > 8) return { ok: false, field: 'providers', message: 'List at most 8 providers.' };
    return { ok: false, field: 'providers', message: 'Each provider name is at most 40 characters.' };
  }
  return { ok: true, settings: parsed.data };
}
