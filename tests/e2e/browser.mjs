// Shared set-up for the end-to-end tests: serve dist/ on a free loopback port and drive
// Debian's Chromium with playwright-core (no browser is downloaded).
//
// Every page of every test listens for `securitypolicyviolation` (in every frame): one
// Content-Security-Policy violation anywhere fails the test file when it closes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Without this Chromium itself keeps trying to reach outside hosts. Loopback stays, by
  // address and as localhost (the embedding tests use both as two origins).
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];

/**
 * Serves dist/ on a free port; `hits` lists every request that reached it (what went to
 * the network, as against what a service worker answered), `stop()` takes it off the air.
 */
export async function serveDist({ dir = 'dist', host = '127.0.0.1' } = {}) {
  const hits = [];
  const server = await serve(dir, 0, { onRequest: (url) => hits.push({ url, at: Date.now() }) });
  const sockets = new Set();
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  return {
    origin: `http://${host}:${server.address().port}`,
    hits,
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * Starts the server and a browser with a fresh profile; `close()` undoes both, and fails if
 * any page broke the Content-Security-Policy. Service workers are blocked unless
 * `serviceWorkers: 'allow'` (the offline tests): elsewhere each test sees the network as
 * it is, and can intercept it.
 */
export async function start({ serviceWorkers = 'block', dir = 'dist' } = {}) {
  const site = await serveDist({ dir });
  const profile = mkdtempSync(join(tmpdir(), 'padilla-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 390, height: 844 },
    serviceWorkers,
  });
  const violations = [];
  await context.exposeBinding('__padillaCspViolation', ({ frame }, v) => violations.push({ frame: frame.url(), ...v }));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__padillaCspViolation({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber });
    });
  });
  return {
    origin: site.origin,
    site,
    context,
    violations,
    async close() {
      await context.close();
      await site.stop();
      rmSync(profile, { recursive: true, force: true });
      if (violations.length) throw new Error(`Content-Security-Policy violations: ${JSON.stringify(violations, null, 1)}`);
    },
  };
}

/**
 * Opens the app in a new page and records what a privacy check needs: every request (with
 * its time), console errors and uncaught exceptions. Resolves once the app has rendered.
 * `width` (800 px tall) or `size` sets the viewport; `locale` the browser's language;
 * `timeout` each action's.
 */
export async function openApp(env, { width, size, locale = 'en-US', timeout } = {}) {
  const page = await env.context.newPage();
  if (timeout) page.setDefaultTimeout(timeout);
  if (size) await page.setViewportSize(size);
  else if (width) await page.setViewportSize({ width, height: 800 });
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push({ url: r.url(), at: Date.now() }));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (locale !== 'en-US') {
    await page.addInitScript((l) => Object.defineProperty(navigator, 'language', { get: () => l }), locale);
  }
  await page.goto(`${env.origin}/`, { waitUntil: 'load' });
  await page.locator('#statute').waitFor();
  return { page, requests, errors };
}
