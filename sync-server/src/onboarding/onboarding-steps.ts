import { and, eq, sql } from 'drizzle-orm';
import { defaultSellingSettings, uuidv7 } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { categoryProductTypes, channelSettings, onboardingProgress, productTypes, receiptDetails, taxRates } from '../db/onboarding-schema';
import { categories, channels, sales, warehouses } from '../db/schema';
import { sellingSettings } from '../db/selling-schema';
import { ApiError } from '../errors';
import type { ChangeRef } from '../sync/change-log';
import type { CatalogStep, ChannelStep, ReceiptStep, TaxRatesStep, WarehouseStep } from './onboarding-schemas';
import { requireEarlierSteps, type Progress } from './onboarding-progress';

/**
 * Saving one step of the wizard, inside the caller's transaction with the progress row locked.
 * A step saved again edits what it made the first time (by name for lists), so a retried or
 * resumed step never makes a second channel, warehouse, category or rate. Each returns what to
 * answer, what to audit and which records tills must pull.
 */
export interface StepOutcome<T> {
  created: boolean;
  result: T;
  before: unknown;
  changes: ChangeRef[];
}

const lower = (s: string) => s.toLowerCase();

export async function saveChannel(tx: Db, progress: Progress, body: ChannelStep): Promise<StepOutcome<ChannelStep & { id: string }>> {
  const { tenantId } = progress;
  const row = { name: body.name, kind: body.kind, currency: body.currency, locale: body.locale };
  if (!progress.channelId) {
    const id = uuidv7();
    await tx.insert(channels).values({ id, tenantId, ...row });
    await tx.insert(channelSettings).values({ channelId: id, tenantId, timezone: body.timezone });
    await tx.update(onboardingProgress).set({ channelId: id, updatedAt: new Date() }).where(eq(onboardingProgress.tenantId, tenantId));
    return { created: true, result: { id, ...body }, before: null, changes: [{ entity: 'channel', id, op: 'put' }] };
  }
  const id = progress.channelId;
  const [current] = await tx
    .select({ name: channels.name, kind: channels.kind, currency: channels.currency, locale: channels.locale, timezone: channelSettings.timezone })
    .from(channels)
    .leftJoin(channelSettings, eq(channelSettings.channelId, channels.id))
    .where(eq(channels.id, id));
  if (current && current.currency !== body.currency) {
    const [sold] = await tx.select({ id: sales.id }).from(sales).where(eq(sales.channelId, id)).limit(1);
    if (sold) throw new ApiError('CURRENCY_LOCKED', `This channel has sold in ${current.currency}, so its currency can no longer change.`);
  }
  await tx.update(channels).set(row).where(eq(channels.id, id));
  await tx
    .insert(channelSettings)
    .values({ channelId: id, tenantId, timezone: body.timezone })
    .onConflictDoUpdate({ target: channelSettings.channelId, set: { timezone: body.timezone } });
  return { created: false, result: { id, ...body }, before: current ?? null, changes: [{ entity: 'channel', id, op: 'put' }] };
}

export async function saveWarehouse(tx: Db, progress: Progress, body: WarehouseStep): Promise<StepOutcome<{ id: string; channelId: string; name: string }>> {
  requireEarlierSteps(progress, 'warehouse');
  const { tenantId } = progress;
  const channelId = progress.channelId!;
  if (!progress.warehouseId) {
    const id = uuidv7();
    await tx.insert(warehouses).values({ id, tenantId, channelId, name: body.name });
    await tx.update(onboardingProgress).set({ warehouseId: id, updatedAt: new Date() }).where(eq(onboardingProgress.tenantId, tenantId));
    return { created: true, result: { id, channelId, name: body.name }, before: null, changes: [{ entity: 'warehouse', id, op: 'put' }] };
  }
  const id = progress.warehouseId;
  const [current] = await tx.select({ name: warehouses.name }).from(warehouses).where(eq(warehouses.id, id));
  await tx.update(warehouses).set({ name: body.name }).where(eq(warehouses.id, id));
  return { created: false, result: { id, channelId, name: body.name }, before: current ?? null, changes: [{ entity: 'warehouse', id, op: 'put' }] };
}

export async function saveCatalog(tx: Db, progress: Progress, body: CatalogStep) {
  requireEarlierSteps(progress, 'catalog');
  const { tenantId } = progress;
  const existingTypes = await tx.select().from(productTypes).where(eq(productTypes.tenantId, tenantId));
  const typeIds = new Map(existingTypes.map((t) => [lower(t.name), t.id]));
  let typeSort = Math.max(0, ...existingTypes.map((t) => t.sort));
  for (const type of body.productTypes) {
    const id = typeIds.get(lower(type.name));
    if (id) {
      await tx.update(productTypes).set({ name: type.name, ageRestricted: type.ageRestricted }).where(eq(productTypes.id, id));
    } else {
      const newId = uuidv7();
      await tx.insert(productTypes).values({ id: newId, tenantId, name: type.name, ageRestricted: type.ageRestricted, sort: ++typeSort });
      typeIds.set(lower(type.name), newId);
    }
  }
  const existingCategories = await tx.select().from(categories).where(eq(categories.tenantId, tenantId));
  const categoryIds = new Map(existingCategories.map((c) => [lower(c.name), c.id]));
  let categorySort = Math.max(0, ...existingCategories.map((c) => c.sort));
  const changes: ChangeRef[] = [];
  const saved: { id: string; name: string; color: string; productTypeId: string }[] = [];
  for (const category of body.categories) {
    const productTypeId = typeIds.get(lower(category.productType))!;
    let id = categoryIds.get(lower(category.name));
    if (id) {
      await tx.update(categories).set({ name: category.name, color: category.color }).where(eq(categories.id, id));
    } else {
      id = uuidv7();
      await tx.insert(categories).values({ id, tenantId, name: category.name, color: category.color, sort: ++categorySort });
    }
    await tx
      .insert(categoryProductTypes)
      .values({ categoryId: id, tenantId, productTypeId })
      .onConflictDoUpdate({ target: categoryProductTypes.categoryId, set: { productTypeId } });
    changes.push({ entity: 'category', id, op: 'put' });
    saved.push({ id, name: category.name, color: category.color, productTypeId });
  }
  await tx.update(onboardingProgress).set({ catalogDoneAt: progress.catalogDoneAt ?? new Date(), updatedAt: new Date() }).where(eq(onboardingProgress.tenantId, tenantId));
  const result = { productTypes: body.productTypes.map((t) => ({ id: typeIds.get(lower(t.name))!, ...t })), categories: saved };
  const before = { productTypes: existingTypes.map((t) => t.name), categories: existingCategories.map((c) => c.name) };
  return { created: progress.catalogDoneAt === null, result, before, changes };
}

export async function saveTaxRates(tx: Db, progress: Progress, body: TaxRatesStep) {
  requireEarlierSteps(progress, 'tax_rates');
  const { tenantId } = progress;
  const existing = await tx.select().from(taxRates).where(eq(taxRates.tenantId, tenantId));
  const ids = new Map(existing.map((r) => [lower(r.name), r.id]));
  let sort = Math.max(0, ...existing.map((r) => r.sort));
  const saved = [];
  for (const rate of body.taxRates) {
    let id = ids.get(lower(rate.name));
    if (id) {
      await tx.update(taxRates).set(rate).where(and(eq(taxRates.id, id), eq(taxRates.tenantId, tenantId)));
    } else {
      id = uuidv7();
      await tx.insert(taxRates).values({ id, tenantId, ...rate, sort: ++sort });
    }
    saved.push({ id, ...rate });
  }
  await tx.update(onboardingProgress).set({ taxRatesDoneAt: progress.taxRatesDoneAt ?? new Date(), updatedAt: new Date() }).where(eq(onboardingProgress.tenantId, tenantId));
  const before = existing.map((r) => ({ name: r.name, rateBp: r.rateBp, inclusive: r.inclusive }));
  return { created: progress.taxRatesDoneAt === null, result: { taxRates: saved }, before, changes: [] as ChangeRef[] };
}

export async function saveReceipt(tx: Db, progress: Progress, body: ReceiptStep) {
  requireEarlierSteps(progress, 'receipt');
  const { tenantId } = progress;
  const channelId = progress.channelId!;
  const [current] = await tx
    .select({ legalName: receiptDetails.legalName, addressLines: receiptDetails.addressLines, taxNumber: receiptDetails.taxNumber, footer: receiptDetails.footer })
    .from(receiptDetails)
    .where(eq(receiptDetails.channelId, channelId));
  await tx
    .insert(receiptDetails)
    .values({ channelId, tenantId, ...body })
    .onConflictDoUpdate({ target: receiptDetails.channelId, set: { ...body, updatedAt: sql`now()` } });
  // The details reach the tills with the channel's selling settings: a channel without settings gets the defaults.
  const defaults = defaultSellingSettings(channelId);
  await tx
    .insert(sellingSettings)
    .values({ channelId, tenantId, pricing: defaults.pricing, cashRounding: defaults.cashRounding, minimumAge: defaults.minimumAge, loyalty: defaults.loyalty })
    .onConflictDoNothing({ target: sellingSettings.channelId });
  await tx.update(onboardingProgress).set({ receiptDoneAt: progress.receiptDoneAt ?? new Date(), updatedAt: new Date() }).where(eq(onboardingProgress.tenantId, tenantId));
  const changes: ChangeRef[] = [{ entity: 'sellingSettings', id: channelId, op: 'put' }];
  return { created: current === undefined, result: { channelId, ...body }, before: current ?? null, changes };
}
