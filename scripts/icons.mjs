// Draws the app's PNG icons from www/icon.svg with Debian's Chromium (run by hand when the
// icon changes; the PNGs are committed): 192 and 512 px for installing the app, and a
// 512 px "maskable" one whose mark sits inside the safe zone a phone may crop to a circle.
//
//   node scripts/icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('www/icon.svg', 'utf8');
// Full bleed, the mark at 60% in the middle: what survives any mask shape.
const maskable = svg
  .replace('<rect width="64" height="64" rx="12" fill="#1f3a5f"/>', '<rect width="64" height="64" fill="#1f3a5f"/><g transform="translate(12.8 12.8) scale(.6)">')
  .replace('</svg>', '</g></svg>');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [file, source, size] of [
  ['www/icon-192.png', svg, 192],
  ['www/icon-512.png', svg, 512],
  ['www/icon-maskable-512.png', maskable, 512],
]) {
  await page.setViewportSize({ width: size, height: size });
  const body = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${body}</body></html>`);
  await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(file);
}
await browser.close();
