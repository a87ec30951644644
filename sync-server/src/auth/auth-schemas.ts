import { z } from 'zod';
import { passwordSchema } from './password';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('an email address like name@example.com'))
  .transform((e) => e.toLowerCase());

export const businessTypes = ['retailer', 'wholesaler', 'distributor', 'brand_owner', 'bar_restaurant'] as const;

export const signupRequestSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().min(1).max(120),
  organisationName: z.string().trim().min(1).max(160),
  businessType: z.enum(businessTypes),
});
export type SignupRequest = z.infer<typeof signupRequestSchema>;

export const loginRequestSchema = z.object({
  email: emailSchema,
  // Any length is accepted at sign-in: a rule change must not lock out older passwords.
  password: z.string().min(1).max(200),
});

export const refreshRequestSchema = z.object({ refreshToken: z.string().min(1).max(200) });

export const passwordChangeRequestSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const passwordResetRequestSchema = z.object({ email: emailSchema });
export const passwordResetConfirmSchema = z.object({ token: z.string().min(1).max(200), newPassword: passwordSchema });
