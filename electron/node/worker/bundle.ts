/**
 * The database worker as one JavaScript file, for hosts that run from TypeScript sources (the preview server under
 * tsx, tests, benches): a worker thread cannot load our .ts files itself. scripts/source-bundle.mjs builds thread.ts
 * with esbuild (our code only; packages stay imports resolved from node_modules) into .cache/worker/<hash>/, once per
 * change of the sources. The desktop app does not use this: electron-vite builds out/main/worker.js beside main.
 */
import { sourceBundle } from '../../../scripts/source-bundle.mjs';

/** Path of the worker bundle for the sources as they are now, building it first when they changed. */
export function workerBundle(): Promise<string> {
  return sourceBundle({
    name: 'worker',
    entry: 'electron/node/worker/thread.ts',
    // Attachment text is read in threads of their own, started from extract-thread.js beside thread.js.
    also: ['electron/node/services/attachments/extract-thread.ts'],
  });
}
