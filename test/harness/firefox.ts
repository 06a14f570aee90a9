/**
 * Firefox ESR with the built Firefox add-on installed as a temporary add-on (WebDriver BiDi through
 * puppeteer-core). Firefox has no --host-resolver-rules, so it goes through a small local CONNECT
 * proxy that sends the registry's hosts (server.ts HOSTS) to the fixture server and refuses the rest.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { HOSTS, ROOT } from './server.ts';

const FIREFOX_HINT = 'Firefox ESR not found: install it with `apt-get update && apt-get install -y firefox-esr` (or set FIREFOX_PATH).';

function findFirefox(): string | null {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

export async function startProxy(fixturePort: number): Promise<{ port: number; refused: string[]; close(): Promise<void> }> {
  const refused: string[] = [];
  const server: Server = createServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, client) => {
    const host = (req.url ?? '').split(':')[0] ?? '';
    if (!Object.hasOwn(HOSTS, host)) {
      refused.push(`CONNECT ${req.url}`);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { port: (server.address() as AddressInfo).port, refused, close: () => new Promise((done) => server.close(() => done())) };
}

export async function launchFirefox(proxyPort: number, { headless = true }: { headless?: boolean } = {}): Promise<{ browser: Browser; extensionId: string }> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_HINT);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disableIPv6': true,
      'app.update.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
  const extensionId = await browser.installExtension(join(ROOT, 'dist', 'firefox'));
  return { browser, extensionId };
}
