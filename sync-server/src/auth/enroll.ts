import { eq, max, sql } from 'drizzle-orm';
import { uuidv7, type EnrollRequest, type EnrollResponse } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { businessProfiles } from '../db/identity-schema';
import { channels, devices, pairingCodes } from '../db/schema';
import { audit } from './audit';
import { inScope, switchTenant, type Tx } from '../db/tenant-scope';
import { ApiError } from '../errors';
import { hashToken, newSecureToken } from './secure-token';

/** Normalises what a person types: case and separators do not matter. */
export function normalisePairingCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * Enrols a till with a pairing code: a new device id and token, bound to the code's channel and
 * warehouse. A single-use code is consumed in the same transaction, so two tills cannot share it.
 */
export async function enrollDevice(db: Db, request: EnrollRequest): Promise<EnrollResponse> {
  const code = normalisePairingCode(request.pairingCode);
  // The code is the one key that finds its row across tenants; the tenant is known from it.
  return inScope(db, { pairingCode: code }, async (tx) => {
    const [pairing] = await tx.select().from(pairingCodes).where(eq(pairingCodes.code, code)).for('update');
    if (!pairing) throw new ApiError('INVALID_PAIRING_CODE', 'That pairing code is not valid. Check it with your manager and try again.');
    await switchTenant(tx, pairing.tenantId);
    if (pairing.expiresAt && pairing.expiresAt.getTime() <= Date.now()) {
      throw new ApiError('PAIRING_CODE_EXPIRED', 'That pairing code has expired. Ask your manager for a new one.');
    }
    const [profile] = await tx.select({ approval: businessProfiles.approval }).from(businessProfiles).where(eq(businessProfiles.tenantId, pairing.tenantId));
    if (profile && profile.approval !== 'approved') {
      throw new ApiError('BUSINESS_NOT_APPROVED', 'This business is not approved yet, so it cannot enrol tills. Ask the owner to check its approval status.');
    }
    if (!pairing.reusable && pairing.usedAt) throw new ApiError('PAIRING_CODE_USED', 'That pairing code has already been used. Ask your manager for a new one.');
    if (!pairing.reusable) await tx.update(pairingCodes).set({ usedAt: sql`now()` }).where(eq(pairingCodes.code, code));
    const tillNumber = await nextTillNumber(tx, pairing.channelId);
    const token = newSecureToken('dt');
    const deviceId = uuidv7();
    await tx.insert(devices).values({
      id: deviceId,
      tenantId: pairing.tenantId,
      channelId: pairing.channelId,
      warehouseId: pairing.warehouseId,
      name: request.name,
      tokenHash: hashToken(token),
      tillNumber,
    });
    await audit(tx, { action: 'device.enrolled', tenantId: pairing.tenantId, deviceId, after: { name: request.name, channelId: pairing.channelId, tillNumber }, at: Date.now() });
    return { deviceId, deviceToken: token, tenantId: pairing.tenantId, channelId: pairing.channelId, warehouseId: pairing.warehouseId, tillNumber };
  });
}

/** The most tills one channel can number: receipt numbers carry two or three digits for the till. */
export const MAX_TILLS_PER_CHANNEL = 999;

/**
 * The next till number in a channel: one past the highest ever given there (a revoked till keeps
 * its number, so no two tills' receipts share one). The channel row is locked until the
 * enrolment commits, so two tills paired at once get two numbers.
 */
async function nextTillNumber(tx: Tx, channelId: string): Promise<number> {
  await tx.select({ id: channels.id }).from(channels).where(eq(channels.id, channelId)).for('no key update');
  const [row] = await tx.select({ highest: max(devices.tillNumber) }).from(devices).where(eq(devices.channelId, channelId));
  const next = (row?.highest ?? 0) + 1;
  if (next > MAX_TILLS_PER_CHANNEL) {
    throw new ApiError('TILL_NUMBERS_EXHAUSTED', `This store already has ${MAX_TILLS_PER_CHANNEL} tills, the most its receipt numbers can tell apart.`);
  }
  return next;
}
