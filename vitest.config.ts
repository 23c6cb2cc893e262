/**
 * Vitest for `npm test`: three projects sharing this root config.
 *   node   — db, services, main (mocked electron), cli, architecture… (default)
 *   jsdom  — renderer components: renderer/**\/*.test.{ts,tsx} and tests/renderer/**
 *   e2e    — tests/e2e/** (playwright-core driving Chromium against the preview server), generous timeouts
 * tests/desktop/** (real Electron via Playwright `_electron`) is excluded here; it runs only through
 * `npm run test:electron` (vitest.electron.config.ts).
 * pool 'forks': better-sqlite3 is a native module; child processes are the safe isolation for it.
 */
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

const TEST_FILES = '**/*.{test,spec}.{ts,tsx,mts,js,mjs}';
const JSDOM_FILES = ['renderer/**/*.{test,spec}.{ts,tsx}', 'tests/renderer/**/*.{test,spec}.{ts,tsx}'];
const E2E_FILES = ['tests/e2e/**/*.{test,spec}.{ts,tsx}'];

export const SHARED_EXCLUDE = [
  ...configDefaults.exclude,
  'out/**',
  'dist/**',
  'tests/screenshots/**',
  'test-results/**',
  '.cache/**',
];

export default defineConfig({
  plugins: [react()],
  test: {
    pool: 'forks',
    exclude: [...SHARED_EXCLUDE, 'tests/desktop/**'],
    // Limits that catch a hung test, sized for a slow, busy 2-core machine (tests wait for conditions, never for time).
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // expect.poll waits for a condition; its 1 s default is a fast machine's idea of "soon" (a tester saw an import
    // wizard step fail it under load).
    expect: { poll: { timeout: 30_000 } },
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [TEST_FILES],
          exclude: [...SHARED_EXCLUDE, 'tests/desktop/**', ...JSDOM_FILES, ...E2E_FILES],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: JSDOM_FILES,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: E2E_FILES,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
