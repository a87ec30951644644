import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/db/schema.ts', './src/db/identity-schema.ts', './src/db/onboarding-schema.ts', './src/db/selling-schema.ts'],
  out: './drizzle',
});
