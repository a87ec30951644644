import {
  enrollResponseSchema,
  PROTOCOL_VERSION,
  pullResponseV2Schema,
  pushResponseSchema,
  saleLookupResponseSchema,
  type EnrollRequest,
  type EnrollResponse,
  type PullResponseV2,
  type PushRequest,
  type PushResponse,
  type SaleLookupResponse,
} from '@tillsafe/sync';
import { z } from 'zod';

/** The server could not be reached at all: the till is offline; keep everything and retry. */
export class NetworkError extends Error {
  readonly code = 'NETWORK';
  constructor(message = 'The server cannot be reached.') {
    super(message);
    this.name = 'NetworkError';
  }
}

/** The server answered with an error body `{ error: { code, message } }` (or something unreadable). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface SyncApi {
  enroll: (request: EnrollRequest) => Promise<EnrollResponse>;
  /** A page of changes after `cursor`, pulled with this build's protocol version. */
  pull: (token: string, cursor: string | undefined, limit: number) => Promise<PullResponseV2>;
  push: (token: string, request: PushRequest) => Promise<PushResponse>;
}

/** Returns: sales of the business the till does not hold (`GET /api/v1/sync/sales`); `query` as its parameters. */
export interface SaleLookupApi {
  lookUpSales: (token: string, query: Record<string, string>) => Promise<SaleLookupResponse>;
}

/**
 * The shared error body, read loosely: extra fields such as SEQ_GAP's `expectedSeq` are kept as
 * details, and a missing message still yields a sentence.
 */
const looseErrorBodySchema = z.object({
  error: z.looseObject({ code: z.string(), message: z.string().optional() }),
});

/** Gateway answers mean the server behind the proxy is down: as good as offline. */
const UNREACHABLE_STATUSES = new Set([502, 503, 504]);

/**
 * A request that hangs (a half-open connection, a stalled proxy) would hold the push lock for
 * ever; after this long it counts as a network failure and the retry timer takes over.
 */
export const REQUEST_TIMEOUT_MS = 60_000;

export function createSyncApi(baseUrl = '', fetchImpl: typeof fetch = (input, init) => fetch(input, init)): SyncApi & SaleLookupApi {
  async function call<T>(path: string, schema: z.ZodType<T>, init: RequestInit): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, { ...init, cache: 'no-store', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch {
      throw new NetworkError();
    }
    const body = await readJson(response);
    if (!response.ok) {
      if (UNREACHABLE_STATUSES.has(response.status)) throw new NetworkError(`The server is unavailable (${response.status}).`);
      const error = looseErrorBodySchema.safeParse(body);
      if (error.success) {
        const { code, message, ...details } = error.data.error;
        throw new ApiError(response.status, code, message ?? `The server refused the request (${code}).`, details);
      }
      throw new ApiError(response.status, 'HTTP_ERROR', `The server answered ${response.status}.`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiError(response.status, 'BAD_RESPONSE', `The server's answer to ${path} could not be read.`, parsed.error.issues);
    return parsed.data;
  }

  const json = (token: string | undefined, body?: unknown): RequestInit => ({
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

  return {
    enroll: (request) => call('/api/v1/devices/enroll', enrollResponseSchema, json(undefined, request)),
    pull: (token, cursor, limit) => {
      // From protocol 2 the pull also brings the selling records; a till says which it speaks.
      const query = new URLSearchParams({ ...(cursor === undefined ? {} : { cursor }), limit: String(limit), protocolVersion: String(PROTOCOL_VERSION) });
      return call(`/api/v1/sync/pull?${query.toString()}`, pullResponseV2Schema, json(token));
    },
    push: (token, request) => call('/api/v1/sync/push', pushResponseSchema, json(token, request)),
    lookUpSales: (token, query) => call(`/api/v1/sync/sales?${new URLSearchParams(query).toString()}`, saleLookupResponseSchema, json(token)),
  };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
