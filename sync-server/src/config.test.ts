import { expect, test } from 'vitest';
import { loadConfig } from './config';

const SECRET = 'a signing secret of at least thirty-two characters';

test('in production the server refuses to start without its secrets, naming each one', () => {
  expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
    'Invalid environment:\n  AUTH_SECRET: required when NODE_ENV=production\n  DATABASE_URL: required when NODE_ENV=production',
  );
  expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: SECRET })).toThrow('DATABASE_URL: required when NODE_ENV=production');
  expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: SECRET, DATABASE_URL: 'postgres://app@db:5432/tillsafe' }).AUTH_SECRET).toBe(SECRET);
});

test('in development the embedded defaults apply', () => {
  const config = loadConfig({});
  expect(config.NODE_ENV).toBe('development');
  expect(config.AUTH_SECRET).toBeUndefined();
  expect(config.CORS_ORIGINS).toEqual([]);
});

test('CORS origins are a comma-separated list of URLs; anything else stops the start', () => {
  expect(loadConfig({ CORS_ORIGINS: 'https://office.example.com, https://tills.example.com' }).CORS_ORIGINS).toEqual(['https://office.example.com', 'https://tills.example.com']);
  expect(() => loadConfig({ CORS_ORIGINS: 'office.example.com' })).toThrow(/CORS_ORIGINS/);
});

test('a till is sent 90 days of finished business unless TILL_HISTORY_DAYS says otherwise, in whole days from 1', () => {
  expect(loadConfig({}).TILL_HISTORY_DAYS).toBe(90);
  expect(loadConfig({ TILL_HISTORY_DAYS: '365' }).TILL_HISTORY_DAYS).toBe(365);
  for (const bad of ['0', '-5', '1.5', 'forever']) expect(() => loadConfig({ TILL_HISTORY_DAYS: bad })).toThrow(/TILL_HISTORY_DAYS/);
});
