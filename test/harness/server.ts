/**
 * Serves the fixture pages over HTTPS on 127.0.0.1, choosing the site by the Host header, so that
 * Chromium with --host-resolver-rules sees "https://mail.google.com/..." and the real manifest
 * matches apply. The certificate is self-signed, made once per machine with openssl.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
export const HOSTS = { 'mail.google.com': 'gmail', 'www.linkedin.com': 'linkedin' } as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function certificate(): { key: Buffer; cert: Buffer } {
  const dir = join(ROOT, '.tmp', 'cert');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    try {
      execFileSync('openssl', [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650', '-subj', '/CN=pullback-fixtures',
        '-addext', 'subjectAltName=DNS:mail.google.com,DNS:www.linkedin.com,IP:127.0.0.1',
        '-keyout', key, '-out', cert,
      ], { stdio: 'pipe' });
    } catch {
      throw new Error('openssl is needed to serve the fixtures over HTTPS: apt-get install -y openssl');
    }
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export interface FixtureServer {
  port: number;
  /** Requests the server saw, for tests that check nothing unexpected was fetched. */
  requests: { host: string; path: string }[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer(certificate(), (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0] as keyof typeof HOSTS;
    const url = new URL(req.url ?? '/', 'https://fixture');
    requests.push({ host, path: url.pathname });
    const site = HOSTS[host];
    if (!site) {
      res.writeHead(421).end('unknown host');
      return;
    }
    const dir = join(FIXTURES, site);
    // Every page path serves the site's app shell (like a single-page app); files by name.
    const name = extname(url.pathname) ? normalize(url.pathname).replace(/^(\.\.[/\\])+/, '') : '/index.html';
    const file = join(dir, name);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
