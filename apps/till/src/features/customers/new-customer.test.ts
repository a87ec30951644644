import { afterEach, expect, test } from 'vitest';
import type { TillDb } from '../../db/till-db';
import { pairedDb } from '../../test-support/fixtures';
import { createCustomer, draftFromQuery, readNewCustomer } from './new-customer';

const dbs: TillDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const id = '0190a0e0-0000-7000-8000-00000000c777';

test('what was searched for starts the new customer: digits as the phone, an address as the email, else the name', () => {
  expect(draftFromQuery('555 0142')).toMatchObject({ phone: '555 0142', name: '', email: '' });
  expect(draftFromQuery('sam@harbour.bar')).toMatchObject({ email: 'sam@harbour.bar', name: '' });
  expect(draftFromQuery(' Sam Okafor ')).toMatchObject({ name: 'Sam Okafor', type: 'retail' });
});

test('a name is required; a phone or email given must look like one', () => {
  expect(readNewCustomer({ name: ' ', type: 'retail', phone: '', email: '' }, id)).toMatchObject({ ok: false, field: 'name' });
  expect(readNewCustomer({ name: 'Sam', type: 'retail', phone: '12', email: '' }, id)).toMatchObject({ ok: false, field: 'phone' });
  expect(readNewCustomer({ name: 'Sam', type: 'retail', phone: '', email: 'sam@' }, id)).toMatchObject({ ok: false, field: 'email' });
  expect(readNewCustomer({ name: ' Harbour Bar ', type: 'wholesale', phone: '(207) 555-0199', email: '' }, id)).toEqual({
    ok: true,
    customer: { id, name: 'Harbour Bar', type: 'wholesale', phone: '(207) 555-0199', email: null, notes: '' },
  });
});

test('a customer created offline is on the till at once, with its customer.upsert waiting in the outbox', async () => {
  const db = await pairedDb();
  dbs.push(db);
  const reading = readNewCustomer({ name: 'Harbour Bar', type: 'wholesale', phone: '', email: 'orders@harbour.bar' }, id);
  if (!reading.ok) throw new Error(reading.message);
  await createCustomer(db, reading.customer);
  expect(await db.customers.get(id)).toMatchObject({ name: 'Harbour Bar', type: 'wholesale', email: 'orders@harbour.bar' });
  const outbox = await db.outbox.toArray();
  expect(outbox.map((m) => [m.name, m.args])).toEqual([['customer.upsert', { customer: reading.customer }]]);
});
