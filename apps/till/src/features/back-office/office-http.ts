import { z } from 'zod';
import { ApiError, NetworkError, REQUEST_TIMEOUT_MS } from '../../sync-client/api-client';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const errorBodySchema = z.object({ error: z.looseObject({ code: z.string(), message: z.string().optional() }) });

export interface JsonRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, except a FormData (a file upload), which the browser encodes as multipart, and a Blob, sent as it is with its type. */
  body?: unknown;
  token?: string | undefined;
}

/**
 * One JSON call to the API. A server that cannot be reached throws NetworkError; an error body
 * throws ApiError with its code, sentence and extra fields (e.g. `retryAfterSeconds`); a 204
 * answers undefined, which the schema must accept.
 */
export async function callJson<T>(fetchImpl: FetchLike, path: string, schema: z.ZodType<T>, request: JsonRequest = {}): Promise<T> {
  const response = await send(fetchImpl, path, request, 'application/json');
  const payload = response.status === 204 ? undefined : await readJson(response);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new ApiError(response.status, 'BAD_RESPONSE', `The server's answer to ${path} could not be read.`, parsed.error.issues);
  return parsed.data;
}

export const noContent = z.undefined();

/** A file the API answered (a document download), with the name its Content-Disposition gives. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | undefined;
}

/** One call answering a file; errors are thrown as for `callJson`. */
export async function callFile(fetchImpl: FetchLike, path: string, request: JsonRequest = {}): Promise<DownloadedFile> {
  const response = await send(fetchImpl, path, request, '*/*');
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
}

/** The file name of a Content-Disposition header: the UTF-8 `filename*` when given, else `filename`. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(disposition)?.[1] ?? /filename\s*=\s*([^;\s]+)/i.exec(disposition)?.[1];
}

/** Sends the request; answers the response when it is a success, else throws the error it carries. */
async function send(fetchImpl: FetchLike, path: string, request: JsonRequest, accept: string): Promise<Response> {
  const { method = request.body === undefined ? 'GET' : 'POST', body, token } = request;
  const multipart = body instanceof FormData;
  const blob = body instanceof Blob;
  let response: Response;
  try {
    response = await fetchImpl(path, {
      method,
      cache: 'no-store',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      headers: {
        accept,
        // A multipart body's content type (with its boundary) is the browser's to write.
        ...(body === undefined || multipart ? {} : { 'content-type': blob ? body.type || 'application/octet-stream' : 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: multipart || blob ? body : JSON.stringify(body) }),
    });
  } catch {
    throw new NetworkError();
  }
  if (response.ok) return response;
  if (response.status >= 502 && response.status <= 504) throw new NetworkError(`The server is unavailable (${response.status}).`);
  const parsed = errorBodySchema.safeParse(await readJson(response));
  if (!parsed.success) throw new ApiError(response.status, 'HTTP_ERROR', `The server answered ${response.status}.`);
  const { code, message, ...details } = parsed.data.error;
  throw new ApiError(response.status, code, message ?? `The server refused the request (${code}).`, details);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
