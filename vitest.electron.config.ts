/**
 * `npm run test:electron`: the real-Electron suite (Playwright `_electron`) under tests/desktop/**.
 * Needs an Electron binary (download, ELECTRON_OVERRIDE_DIST_PATH or ELECTRON_MIRROR) and a prior
 * `npm run build`; it is not part of `npm test`. One file at a time: each test launches a whole app.
 */
import { defineConfig } from 'vitest/config';
import { SHARED_EXCLUDE } from './vitest.config';

export default defineConfig({
  test: {
    expect: { poll: { timeout: 30_000 } },
    name: 'electron',
    environment: 'node',
    pool: 'forks',
    include: ['tests/desktop/**/*.{test,spec}.{ts,tsx}'],
    exclude: SHARED_EXCLUDE,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
