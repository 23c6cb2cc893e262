/**
 * `npm run preview [--db FILE] [--port N] [--no-build]`: build the renderer and serve it with the contract
 * on http://127.0.0.1 for a browser. Prints the address with this run's token; Ctrl+C stops.
 */
import { parseArgs } from 'node:util';
import { AppError } from '../../common/domain/errors';
import { startPreviewServer } from './server';

const USAGE = 'Usage: npm run preview -- [--db FILE] [--port N] [--no-build]';

async function main(): Promise<void> {
  let values: { db?: string; port?: string; 'no-build'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        'no-build': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535.\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const preview = await startPreviewServer({
    ...(values.db === undefined ? {} : { dbFile: values.db }),
    port,
    build: values['no-build'] ? false : true,
  });
  console.log(`\nEntente preview — database ${preview.dbFile}`);
  console.log(`Open: ${preview.openUrl}\n(Ctrl+C to stop)`);
  const stop = () => {
    void preview.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof AppError || error instanceof Error ? error.message : String(error);
  const hint = /EADDRINUSE/.test(message) ? ' (that port is taken: choose another with --port, or omit it)' : '';
  console.error(`Preview failed: ${message}${hint}`);
  // Exit now: whatever is still pending (a renderer build watcher, a timer) must not keep a failed preview alive.
  process.exit(1);
});
