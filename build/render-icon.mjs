#!/usr/bin/env node
// Renders build/icon.svg to build/icon.png (1024×1024, transparent corners) with the local Chromium through
// playwright-core — offline, no image tools needed. electron-builder derives the .ico and .icns from the PNG.
// Run: PATH=node_modules/.bin:$PATH node build/render-icon.mjs   (re-run after editing icon.svg; commit both)
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const here = import.meta.dirname;
const svg = readFileSync(path.join(here, 'icon.svg'), 'utf8');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
if (!executablePath) {
  process.stderr.write('No Chromium found: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.\n');
  process.exit(1);
}
const profile = mkdtempSync(path.join(tmpdir(), 'entente-icon-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 1024, height: 1024 },
  deviceScaleFactor: 1,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(path.join(here, 'icon.png'), png);
  process.stdout.write(`build/icon.png written (${png.length} bytes)\n`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
