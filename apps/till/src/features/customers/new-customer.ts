import { customerRecordSchema, uuidv7, type CustomerRecord, type CustomerUpsertArgs } from '@tillsafe/sync';
import type { TillDb } from '../../db/till-db';
import { commitMutation } from '../../sync-client/commit-mutation';

/** The new-customer form as typed. */
export interface NewCustomerDraft {
  name: string;
  type: CustomerRecord['type'];
  phone: string;
  email: string;
}

export type NewCustomerField = 'name' | 'phone' | 'email';

export type NewCustomerReading = { ok: true; customer: CustomerRecord } | { ok: false; field: NewCustomerField; message: string };

/** A draft started from what the cashier searched for: digits are a phone, an @ an email, else a name. */
export function draftFromQuery(query: string): NewCustomerDraft {
  const text = query.trim();
  const draft: NewCustomerDraft = { name: '', type: 'retail', phone: '', email: '' };
  if (text.includes('@')) draft.email = text;
  else if (/^[\d\s()+.-]{5,}$/.test(text)) draft.phone = text;
  else draft.name = text;
  return draft;
}

/**
 * The draft as a customer record, or the first field that needs fixing with a sentence for the
 * cashier. A name is required; phone and email are optional but must look like one when given.
 */
export function readNewCustomer(draft: NewCustomerDraft, id: string = uuidv7()): NewCustomerReading {
  const name = draft.name.trim();
  const phone = draft.phone.trim();
  const email = draft.email.trim();
  if (!name) return { ok: false, field: 'name', message: 'Enter the customer’s name.' };
  if (name.length > 120) return { ok: false, field: 'name', message: 'A name is at most 120 characters.' };
  if (phone && (phone.replace(/\D/g, '').length < 5 || !/^[\d\s()+.-]+$/.test(phone) || phone.length > 40)) {
    return { ok: false, field: 'phone', message: 'A phone number is digits (at least five), with spaces, dashes or brackets if you like.' };
  }
  if (email && (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 200)) return { ok: false, field: 'email', message: 'That does not look like an email address (name@example.com).' };
  const parsed = customerRecordSchema.safeParse({ id, name, type: draft.type, phone: phone || null, email: email || null, notes: '' });
  if (!parsed.success) return { ok: false, field: 'name', message: parsed.error.issues[0]?.message ?? 'The customer cannot be saved.' };
  return { ok: true, customer: parsed.data };
}

/**
 * Creates the customer on this till, offline too: `customer.upsert`, written with its outbox
 * entry in one transaction and pushed like any mutation (the server re-checks `customer.edit`).
 */
export async function createCustomer(db: TillDb, customer: CustomerRecord): Promise<void> {
  const args: CustomerUpsertArgs = { customer };
  await commitMutation(db, 'customer.upsert', args);
}
