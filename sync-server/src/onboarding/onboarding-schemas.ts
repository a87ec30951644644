import { z } from 'zod';
import { currencySchema } from '@tillsafe/domain';

/** The request bodies of the onboarding wizard's steps, in the order the steps are done. */

const name = z.string().trim().min(1).max(80);

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

export const channelStepSchema = z.object({
  name,
  kind: z.enum(['store', 'bar']),
  currency: currencySchema.refine((c) => knownCurrencies.has(c), 'not an ISO-4217 currency this server knows'),
  locale: z.string().trim().min(2).max(35).refine(isLocale, 'not a BCP 47 locale such as en-US'),
  timezone: z.string().trim().min(1).max(64).refine(isTimeZone, 'not an IANA time zone such as Europe/Dublin'),
});
export type ChannelStep = z.infer<typeof channelStepSchema>;

export const warehouseStepSchema = z.object({ name });
export type WarehouseStep = z.infer<typeof warehouseStepSchema>;

const uniqueNames = (items: { name: string }[]) => new Set(items.map((i) => i.name.toLowerCase())).size === items.length;

export const catalogStepSchema = z
  .object({
    productTypes: z
      .array(z.object({ name, ageRestricted: z.boolean() }))
      .min(1)
      .max(20)
      .refine(uniqueNames, 'two product types have the same name'),
    categories: z
      .array(
        z.object({
          name,
          color: z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour such as #7a1f3d'),
          /** The name of one of `productTypes`. */
          productType: name,
        }),
      )
      .min(1)
      .max(100)
      .refine(uniqueNames, 'two categories have the same name'),
  })
  .superRefine((body, ctx) => {
    const types = new Set(body.productTypes.map((t) => t.name.toLowerCase()));
    body.categories.forEach((c, i) => {
      if (!types.has(c.productType.toLowerCase())) {
        ctx.addIssue({ code: 'custom', path: ['categories', i, 'productType'], message: `"${c.productType}" is not one of the product types sent` });
      }
    });
  });
export type CatalogStep = z.infer<typeof catalogStepSchema>;

export const taxRatesStepSchema = z.object({
  taxRates: z
    .array(
      z.object({
        name,
        /** Basis points: 2000 is 20 %. */
        rateBp: z.int().min(0).max(10_000),
        inclusive: z.boolean(),
      }),
    )
    .min(1)
    .max(20)
    .refine(uniqueNames, 'two tax rates have the same name'),
});
export type TaxRatesStep = z.infer<typeof taxRatesStepSchema>;

export const receiptStepSchema = z.object({
  legalName: z.string().trim().min(1).max(120),
  addressLines: z.array(z.string().trim().min(1).max(80)).min(1).max(5),
  taxNumber: z.string().trim().min(1).max(40).nullable().default(null),
  footer: z.string().trim().max(300).default(''),
});
export type ReceiptStep = z.infer<typeof receiptStepSchema>;
