import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { HeaderRule } from '../../../src/lib/security/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  // Browsers compile WebAssembly by streaming only when it is served with its own type.
  '.pagefind': 'application/wasm',
};

async function fileAt(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) return fileAt(join(path, 'index.html'));
  return undefined;
}

export interface StaticServer {
  url: string;
  /** Bytes sent so far, as they went over the wire (compressed where they were), by path, and when each was asked for (`Date.now()`). */
  sent(): { path: string; bytes: number; at: number }[];
  close(): Promise<void>;
}

/** Types a CDN compresses on the fly. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

/**
 * The headers `rules` give a path, as Cloudflare Pages applies a `_headers` file: every
 * matching rule in order, `*` matching anything and `:name` one segment, the values of a
 * header set twice joined by commas, `! Name` dropping one set before.
 */
function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = rule.pattern
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/:\w+/g, '[^/]+');
    if (!new RegExp(`^${pattern}$`).test(pathname)) continue;
    for (const name of rule.detached) delete headers[name.toLowerCase()];
    for (const { name, value } of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}

/**
 * Serves a built site the way a CDN does: `/a/` → `/a/index.html`, unknown paths →
 * `/404.html` with status 404, text compressed with gzip when the browser accepts it,
 * and with `headers`, the headers a `_headers` file gives each path. With `tls`, over
 * HTTPS and HTTP/2, as CDNs serve: a browser then asks for every file at once on one
 * connection, where over HTTP/1.1 it opens six and queues the rest, a round trip each.
 */
export async function serveStatic(
  directory: string,
  options: { headers?: readonly HeaderRule[]; tls?: { key: string; cert: string } } = {},
): Promise<StaticServer> {
  const root = resolve(directory);
  const sent: { path: string; bytes: number; at: number }[] = [];
  const serve = async (
    request: IncomingMessage | Http2ServerRequest,
    response: ServerResponse | Http2ServerResponse,
  ) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const path = normalize(join(root, pathname));
    const found = path.startsWith(root + sep) || path === root ? await fileAt(path) : undefined;
    const file = found ?? join(root, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.statusCode = found ? 200 : 404;
    const headers = {
      ...headersFor(options.headers ?? [], pathname),
      'content-type': type,
      ...(gzip && { 'content-encoding': 'gzip' }),
    };
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const record = { path: pathname, bytes: 0, at: Date.now() };
    sent.push(record);
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        record.bytes += chunk.length;
        done(null, chunk);
      },
    });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(counter).pipe(response as NodeJS.WritableStream);
  };
  const server = options.tls ? createSecureServer({ ...options.tls, allowHTTP1: true }, serve) : createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    sent: () => [...sent],
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
