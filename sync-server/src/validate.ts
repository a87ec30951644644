import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './errors';

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the input is invalid';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/** Reads and validates a JSON body; malformed JSON and schema failures become 400s with codes. */
export async function jsonBody<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError('MALFORMED_JSON', 'The request body is not valid JSON.');
  }
  return parseWith(schema, raw, 'request body');
}

export function parseWith<T>(schema: z.ZodType<T>, raw: unknown, what: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError('VALIDATION_FAILED', `The ${what} is invalid (${describeIssue(parsed.error)}).`, { issues: parsed.error.issues });
  }
  return parsed.data;
}
