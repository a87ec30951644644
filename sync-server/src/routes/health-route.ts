import { Hono } from 'hono';
import type { Health } from '@tillsafe/sync';
import type { DbKind } from '../db/database';

export function healthRoute(kind: DbKind, version: string) {
  return new Hono().get('/', (c) => c.json({ status: 'ok', db: kind, version } satisfies Health));
}
