import { z } from 'zod';

const envSchema = z.object({
  /** `production` makes missing secrets fatal instead of falling back to development defaults. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Origins allowed to call the API from another origin, comma-separated; none by default. */
  CORS_ORIGINS: z
    .string()
    .transform((list) => list.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url()))
    .default([]),
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url().optional(),
  SEED_PAIRING_CODE: z.string().trim().min(4).max(32).optional(),
  TILL_DIR: z.string().optional(),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET needs at least 32 characters').optional(),
  PUBLIC_URL: z.url().optional(),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /**
   * Days of finished business a till is sent and keeps: sales, closed tabs, closed parked sales.
   * Older ones stay on the server; a return of an older sale looks it up there.
   */
  TILL_HISTORY_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Business documents go to this S3-compatible bucket when set, else to DATA_DIR/documents. */
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: z.url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
}).refine((env) => (env.S3_ACCESS_KEY_ID === undefined) === (env.S3_SECRET_ACCESS_KEY === undefined), {
  message: 'set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither',
  path: ['S3_SECRET_ACCESS_KEY'],
});
export type Config = z.infer<typeof envSchema>;

/** Reads the environment once, at start; a bad value stops the server with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const missing = parsed.data.NODE_ENV === 'production' ? PRODUCTION_SECRETS.filter((name) => parsed.data[name] === undefined) : [];
  if (missing.length) {
    throw new Error(`Invalid environment:\n${missing.map((name) => `  ${name}: required when NODE_ENV=production`).join('\n')}`);
  }
  return parsed.data;
}

/**
 * In production these must come from the environment: without AUTH_SECRET the server would make
 * its own signing key, without DATABASE_URL it would keep data in an embedded database.
 */
export const PRODUCTION_SECRETS = ['AUTH_SECRET', 'DATABASE_URL'] as const;
