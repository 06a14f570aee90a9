/**
 * Serves the fixture pages over HTTPS on 127.0.0.1, choosing the site by the Host header, so that
 * Chromium with --host-resolver-rules sees "https://mail.google.com/..." and the real manifest
 * matches apply. The certificate is self-signed, made once per machine (and per host list) with openssl.
 * The hosts come from src/sites/registry.ts; each site's pages are test/fixtures/<site id>/.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { SITES, type SiteId } from '../../src/sites/registry.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** Every registry host and the site (fixture folder) it serves. */
export const HOSTS: Readonly<Record<string, SiteId>> = Object.fromEntries(SITES.flatMap((site) => site.hosts.map((host) => [host, site.id])));

/** The fixture file a request for this URL serves, or null for a host or file we do not serve. */
export function fixtureFile(url: URL): string | null {
  const site = Object.hasOwn(HOSTS, url.hostname) ? HOSTS[url.hostname] : undefined;
  if (!site) return null;
  const dir = join(FIXTURES, site);
  // Every page path serves the site's app shell (like a single-page app); files by name.
  const name = extname(url.pathname) ? normalize(url.pathname).replace(/^(\.\.[/\\])+/, '') : '/index.html';
  const file = join(dir, name);
  return file.startsWith(dir) && existsSync(file) ? file : null;
}

/** Chromium's resolver rules sending every registry host to the fixture server, and nothing else anywhere. */
export function hostResolverRules(port: number): string {
  return [...Object.keys(HOSTS).map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(', ');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function certificate(): { key: Buffer; cert: Buffer } {
  const hosts = Object.keys(HOSTS);
  // One certificate per host list, so a new site gets a certificate that names it.
  const dir = join(ROOT, '.tmp', 'cert', createHash('sha256').update(hosts.join(',')).digest('hex').slice(0, 12));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '3650',
          '-subj',
          '/CN=pullback-fixtures',
          '-addext',
          `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')},IP:127.0.0.1`,
          '-keyout',
          key,
          '-out',
          cert,
        ],
        { stdio: 'pipe' },
      );
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
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const path = new URL(req.url ?? '/', 'https://fixture').pathname;
    requests.push({ host, path });
    if (!Object.hasOwn(HOSTS, host)) {
      res.writeHead(421).end('unknown host');
      return;
    }
    const file = fixtureFile(new URL(path, `https://${host}`));
    if (!file) {
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
