/**
 * Build-time stand-in for 'playwright-core' in the desktop app's main bundle (see the alias in
 * electron.vite.config.ts). playwright-core is a development dependency used by the CLI, the preview
 * server and tests to drive a separate Chromium; it is not packaged, and bundled into main it crashes
 * the app at start-up (it looks for its own package.json next to the bundle). The app prints with
 * Electron's own Chromium (host.printPdf); anything that still reaches for playwright gets a clear
 * UNAVAILABLE error instead, which the report renderers already turn into a message.
 */
import { AppError } from '../common/domain/errors';

function unavailable(): never {
  throw new AppError(
    'UNAVAILABLE',
    'This step needs a separate Chromium, which the desktop app does not use. Use the command line (npm run cli) or the preview for it.',
  );
}

export const chromium = {
  executablePath: unavailable,
  launch: unavailable,
  launchPersistentContext: unavailable,
};

export default { chromium };
