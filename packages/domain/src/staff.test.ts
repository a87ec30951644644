import { expect, test } from 'vitest';
import { hashPin } from './staff';

test('a PIN hash depends on the salt and is stable for the same salt', async () => {
  const a = await hashPin('1234', '00112233445566778899aabbccddeeff');
  const b = await hashPin('1234', '00112233445566778899aabbccddeeff');
  const c = await hashPin('1234', 'ffeeddccbbaa99887766554433221100');
  expect(a).toBe(b);
  expect(a).not.toBe(c);
  expect(a).toMatch(/^[0-9a-f]{64}$/);
});
