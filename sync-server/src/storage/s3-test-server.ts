import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * For tests: an in-process HTTP server that speaks enough of the S3 API (path-style PutObject,
 * GetObject, DeleteObject) to hold real round trips from the AWS SDK. It checks each request's
 * AWS Signature Version 4 against the one key pair it knows, as S3 does, and keeps what it
 * received so a test can look at the request's shape.
 */

export interface S3TestServer {
  endpoint: string;
  objects: Map<string, { body: Buffer; contentType: string | undefined }>;
  requests: { method: string; path: string; headers: IncomingMessage['headers']; signatureValid: boolean }[];
  close(): Promise<void>;
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

function signatureValid(req: IncomingMessage, body: Buffer, secretAccessKey: string, accessKeyId: string): boolean {
  const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(req.headers.authorization ?? '');
  if (!auth) return false;
  const [, keyId, date, region, signedHeaders, signature] = auth as unknown as [string, string, string, string, string, string];
  if (keyId !== accessKeyId) return false;
  const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
  if (/^[0-9a-f]{64}$/.test(payloadHash) && payloadHash !== sha256Hex(body)) return false;
  const url = new URL(req.url ?? '/', 'http://s3.test');
  const query = [...url.searchParams.entries()]
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const names = signedHeaders.split(';');
  const headers = names.map((n) => `${n}:${String(req.headers[n] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonical = [req.method, url.pathname, query, headers, signedHeaders, payloadHash].join('\n');
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const scope = `${date}/${region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), 's3'), 'aws4_request');
  return createHmac('sha256', key).update(toSign).digest('hex') === signature;
}

const etag = (b: Buffer) => `"${createHash('md5').update(b).digest('hex')}"`;

function respond(
  objects: S3TestServer['objects'],
  method: string | undefined,
  key: string,
  body: Buffer,
  contentType: string | undefined,
  res: ServerResponse,
  error: (status: number, code: string) => void,
): void {
  if (method === 'PUT') {
    objects.set(key, { body, contentType });
    res.writeHead(200, { etag: etag(body) });
    res.end();
  } else if (method === 'GET') {
    const object = objects.get(key);
    if (!object) {
      error(404, 'NoSuchKey');
      return;
    }
    res.writeHead(200, { 'content-type': object.contentType ?? 'application/octet-stream', 'content-length': object.body.length, etag: etag(object.body) });
    res.end(object.body);
  } else if (method === 'DELETE') {
    objects.delete(key);
    res.writeHead(204);
    res.end();
  } else {
    error(405, 'MethodNotAllowed');
  }
}

export async function startS3TestServer(options: { bucket: string; accessKeyId: string; secretAccessKey: string }): Promise<S3TestServer> {
  const objects: S3TestServer['objects'] = new Map();
  const requests: S3TestServer['requests'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = new URL(req.url ?? '/', 'http://s3.test').pathname;
      const valid = signatureValid(req, body, options.secretAccessKey, options.accessKeyId);
      requests.push({ method: req.method ?? '', path, headers: req.headers, signatureValid: valid });
      const error = (status: number, code: string) => {
        res.writeHead(status, { 'content-type': 'application/xml' });
        res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
      };
      const prefix = `/${options.bucket}/`;
      if (!valid) error(403, 'SignatureDoesNotMatch');
      else if (!path.startsWith(prefix)) error(404, 'NoSuchBucket');
      else respond(objects, req.method, decodeURIComponent(path.slice(prefix.length)), body, req.headers['content-type'], res, error);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => {
          if (e) reject(e);
          else resolve();
        });
      }),
  };
}
