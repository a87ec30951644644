import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { businessProfiles } from '../db/identity-schema';
import { categoryProductTypes, channelSettings, onboardingProgress, productTypes, receiptDetails, taxRates } from '../db/onboarding-schema';
import { categories, channels, tenants, warehouses } from '../db/schema';
import { ApiError } from '../errors';

/** The wizard's steps, in the order they must be done; an earlier step may be redone at any time. */
export const onboardingSteps = ['channel', 'warehouse', 'catalog', 'tax_rates', 'receipt'] as const;
export type OnboardingStep = (typeof onboardingSteps)[number];

export type Progress = typeof onboardingProgress.$inferSelect;

export function doneSteps(progress: Progress | undefined): Record<OnboardingStep, boolean> {
  return {
    channel: progress?.channelId != null,
    warehouse: progress?.warehouseId != null,
    catalog: progress?.catalogDoneAt != null,
    tax_rates: progress?.taxRatesDoneAt != null,
    receipt: progress?.receiptDoneAt != null,
  };
}

/** Throws ONBOARDING_STEP_OUT_OF_ORDER (409) naming the first earlier step not done yet. */
export function requireEarlierSteps(progress: Progress | undefined, step: OnboardingStep): void {
  const done = doneSteps(progress);
  const missing = onboardingSteps.slice(0, onboardingSteps.indexOf(step)).find((s) => !done[s]);
  if (missing) {
    throw new ApiError('ONBOARDING_STEP_OUT_OF_ORDER', `Do the ${missing.replace('_', ' ')} step before the ${step.replace('_', ' ')} step.`, {
      step,
      missingStep: missing,
    });
  }
}

/**
 * The tenant's progress row, locked for the rest of the transaction (made on first use), so two
 * saves of the same organisation's wizard run one after the other and never duplicate a record.
 */
export async function lockProgress(tx: Db, tenantId: string): Promise<Progress> {
  await tx.insert(onboardingProgress).values({ tenantId }).onConflictDoNothing();
  const [row] = await tx.select().from(onboardingProgress).where(eq(onboardingProgress.tenantId, tenantId)).for('update');
  if (!row) throw new Error(`no onboarding progress for ${tenantId}`);
  return row;
}

/** Everything the wizard has made so far, step by step, so a person can resume where they left. */
export async function onboardingView(db: Db, tenantId: string) {
  const [org] = await db
    .select({ id: tenants.id, name: tenants.name, businessType: businessProfiles.businessType, approval: businessProfiles.approval, approvalReason: businessProfiles.approvalReason })
    .from(tenants)
    .leftJoin(businessProfiles, eq(businessProfiles.tenantId, tenants.id))
    .where(eq(tenants.id, tenantId));
  const [progress] = await db.select().from(onboardingProgress).where(eq(onboardingProgress.tenantId, tenantId));
  const channel = progress?.channelId
    ? (
        await db
          .select({ id: channels.id, name: channels.name, kind: channels.kind, currency: channels.currency, locale: channels.locale, timezone: channelSettings.timezone })
          .from(channels)
          .leftJoin(channelSettings, eq(channelSettings.channelId, channels.id))
          .where(eq(channels.id, progress.channelId))
      )[0]
    : undefined;
  const warehouse = progress?.warehouseId
    ? (await db.select({ id: warehouses.id, channelId: warehouses.channelId, name: warehouses.name }).from(warehouses).where(eq(warehouses.id, progress.warehouseId)))[0]
    : undefined;
  const types = await db
    .select({ id: productTypes.id, name: productTypes.name, ageRestricted: productTypes.ageRestricted })
    .from(productTypes)
    .where(eq(productTypes.tenantId, tenantId))
    .orderBy(asc(productTypes.sort));
  const cats = await db
    .select({ id: categories.id, name: categories.name, color: categories.color, sort: categories.sort, productTypeId: categoryProductTypes.productTypeId })
    .from(categories)
    .leftJoin(categoryProductTypes, eq(categoryProductTypes.categoryId, categories.id))
    .where(eq(categories.tenantId, tenantId))
    .orderBy(asc(categories.sort));
  const rates = await db
    .select({ id: taxRates.id, name: taxRates.name, rateBp: taxRates.rateBp, inclusive: taxRates.inclusive })
    .from(taxRates)
    .where(eq(taxRates.tenantId, tenantId))
    .orderBy(asc(taxRates.sort));
  const [receipt] = channel
    ? await db
        .select({ legalName: receiptDetails.legalName, addressLines: receiptDetails.addressLines, taxNumber: receiptDetails.taxNumber, footer: receiptDetails.footer })
        .from(receiptDetails)
        .where(eq(receiptDetails.channelId, channel.id))
    : [];
  const done = doneSteps(progress);
  const nextStep = onboardingSteps.find((s) => !done[s]) ?? null;
  return {
    organisation: {
      id: tenantId,
      name: org?.name ?? '',
      businessType: org?.businessType ?? null,
      // Organisations from before approvals existed (the demo) have no profile and count as approved.
      approval: org?.approval ?? 'approved',
      approvalReason: org?.approvalReason ?? null,
    },
    steps: [
      { step: 'channel', done: done.channel, channel: channel ?? null },
      { step: 'warehouse', done: done.warehouse, warehouse: warehouse ?? null },
      { step: 'catalog', done: done.catalog, productTypes: types, categories: cats },
      { step: 'tax_rates', done: done.tax_rates, taxRates: rates },
      { step: 'receipt', done: done.receipt, receipt: receipt ?? null },
    ],
    nextStep,
    complete: nextStep === null,
  };
}
