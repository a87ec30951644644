import { z } from 'zod';
import { ApiError, NetworkError, REQUEST_TIMEOUT_MS } from '../../sync-client/api-client';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const errorBodySchema = z.object({ error: z.looseObject({ code: z.string(), message: z.string().optional() }) });

export interface JsonRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  token?: string | undefined;
}

/**
 * One JSON call to the API. A server that cannot be reached throws NetworkError; an error body
 * throws ApiError with its code, sentence and extra fields (e.g. `retryAfterSeconds`); a 204
 * answers undefined, which the schema must accept.
 */
export async function callJson<T>(fetchImpl: FetchLike, path: string, schema: z.ZodType<T>, request: JsonRequest = {}): Promise<T> {
  const { method = request.body === undefined ? 'GET' : 'POST', body, token } = request;
  let response: Response;
  try {
    response = await fetchImpl(path, {
      method,
      cache: 'no-store',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new NetworkError();
  }
  const payload = response.status === 204 ? undefined : await readJson(response);
  if (!response.ok) {
    if (response.status >= 502 && response.status <= 504) throw new NetworkError(`The server is unavailable (${response.status}).`);
    const parsed = errorBodySchema.safeParse(payload);
    if (!parsed.success) throw new ApiError(response.status, 'HTTP_ERROR', `The server answered ${response.status}.`);
    const { code, message, ...details } = parsed.data.error;
    throw new ApiError(response.status, code, message ?? `The server refused the request (${code}).`, details);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new ApiError(response.status, 'BAD_RESPONSE', `The server's answer to ${path} could not be read.`, parsed.error.issues);
  return parsed.data;
}

export const noContent = z.undefined();

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
