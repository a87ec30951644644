import { expect, test } from 'vitest';
import { checkoutDraftOf, readCheckoutDraft } from './checkout-settings-draft';

test('providers are read one per line, blank lines dropped; a blank age is the default', () => {
  expect(readCheckoutDraft({ providers: ' Wave \n\nOrange Money\n', visualCheck: true, challengeAge: ' ' }, 21)).toEqual({ ok: true, settings: { mobileMoneyProviders: ['Wave', 'Orange Money'], visualCheck: true, challengeAge: null } });
  expect(readCheckoutDraft({ providers: '', visualCheck: false, challengeAge: '30' }, 21)).toEqual({ ok: true, settings: { mobileMoneyProviders: [], visualCheck: false, challengeAge: 30 } });
});

test('what is wrong is said at its field', () => {
  expect(readCheckoutDraft({ providers: '', visualCheck: true, challengeAge: '2x' }, 21)).toEqual({ ok: false, field: 'challengeAge', message: 'Enter an age in whole years, like 25, or leave it blank.' });
  expect(readCheckoutDraft({ providers: '', visualCheck: true, challengeAge: '19' }, 21)).toEqual({ ok: false, field: 'challengeAge', message: "The challenge age cannot be under the store's minimum age of 21." });
  expect(readCheckoutDraft({ providers: 'Wave\nwave', visualCheck: true, challengeAge: '' }, 21)).toEqual({ ok: false, field: 'providers', message: 'wave is listed twice.' });
  expect(readCheckoutDraft({ providers: Array.from({ length: 9 }, (_, i) => `P${i}`).join('\n'), visualCheck: true, challengeAge: '' }, 21)).toMatchObject({ ok: false, message: 'List at most 8 providers.' });
  expect(readCheckoutDraft({ providers: 'x'.repeat(41), visualCheck: true, challengeAge: '' }, 21)).toMatchObject({ ok: false, message: 'Each provider name is at most 40 characters.' });
});

test('saved settings fill the form back as they were', () => {
  const settings = { mobileMoneyProviders: ['M-Pesa', 'Wave'], visualCheck: true, challengeAge: 25 };
  expect(readCheckoutDraft(checkoutDraftOf(settings), 18)).toEqual({ ok: true, settings });
  expect(checkoutDraftOf({ ...settings, challengeAge: null }).challengeAge).toBe('');
});
