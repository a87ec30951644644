import { z } from 'zod';
import { localDateSchema } from './local-date';

/**
 * How the cashier checked the customer's age, recorded on the sale with who checked and when:
 * - `visual_over_threshold`: the customer plainly looks well over the store's challenge age (a
 *   "Challenge 25" policy) and no ID was asked for; no date of birth is kept;
 * - `dob_entered`: the cashier read the date of birth off an ID and typed it in;
 * - `id_scanned`: the date of birth came from the ID's barcode (aamva-date-of-birth.ts).
 */
export const ageCheckMethods = ['visual_over_threshold', 'dob_entered', 'id_scanned'] as const;
export const ageCheckMethodSchema = z.enum(ageCheckMethods);
export type AgeCheckMethod = z.infer<typeof ageCheckMethodSchema>;

export const ageCheckSchema = z
  .object({
    method: ageCheckMethodSchema,
    dateOfBirth: localDateSchema.optional(),
    /** The staff member (actor id) who checked. */
    verifiedBy: z.uuid(),
    /** When, with the store's UTC offset, so its date part is the store's date. */
    at: z.iso.datetime({ offset: true }),
  })
  .refine((check) => check.method === 'visual_over_threshold' || check.dateOfBirth !== undefined, {
    message: 'an entered or scanned check records the date of birth',
    path: ['dateOfBirth'],
  });
export type AgeCheck = z.infer<typeof ageCheckSchema>;
