// Shared set-up for the end-to-end tests: serve dist/ on a free loopback port and drive
// Debian's Chromium with playwright-core (no browser is downloaded).
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
  // Without this Chromium itself keeps trying to reach outside hosts.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** Starts the server and a browser with a fresh profile; `close()` undoes both. */
export async function start() {
  const server = await serve('dist', 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = mkdtempSync(join(tmpdir(), 'padilla-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 390, height: 844 },
  });
  return {
    origin,
    context,
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the app in a new page and records what a privacy check needs: every request,
 * console errors and uncaught exceptions. Resolves once the app has rendered.
 */
export async function openApp(env, { width } = {}) {
  const page = await env.context.newPage();
  if (width) await page.setViewportSize({ width, height: 800 });
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push({ url: r.url(), at: Date.now() }));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.origin}/`, { waitUntil: 'load' });
  await page.getByLabel('Statute or offense').waitFor();
  return { page, requests, errors };
}
