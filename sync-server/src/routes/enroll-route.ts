import { Hono } from 'hono';
import { enrollRequestSchema, type EnrollResponse } from '@tillsafe/sync';
import type { Db } from '../db/database';
import { enrollDevice } from '../auth/enroll';
import { jsonBody } from '../validate';

export function enrollRoute(db: Db) {
  return new Hono().post('/', async (c) => {
    const body = await jsonBody(c, enrollRequestSchema);
    const enrolled: EnrollResponse = await enrollDevice(db, body);
    return c.json(enrolled, 201);
  });
}
