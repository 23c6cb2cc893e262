/**
 * The CLI as a person runs it: `node scripts/cli.mjs …` (what `npm run cli --` runs), a real process from the
 * bundle, with its exit code, stdout and stderr. Optionally with stdout piped into a shell command (`| head -1`).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI_SCRIPT = join(process.cwd(), 'scripts', 'cli.mjs');

export interface CliProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[]): Promise<CliProcessResult> {
  return new Promise((resolve) => {
    execFile(file, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function runCliProcess(args: string[]): Promise<CliProcessResult> {
  return run(process.execPath, [CLI_SCRIPT, ...args]);
}

const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

/**
 * `node scripts/cli.mjs ARGS | PIPE` in bash; `code` is the CLI's own exit status (PIPESTATUS[0]), `stdout` what
 * came out of the pipe, `stderr` the CLI's.
 */
export async function runCliPiped(args: string[], pipe: string): Promise<CliProcessResult> {
  const cli = [process.execPath, CLI_SCRIPT, ...args].map(quote).join(' ');
  const script = `${cli} 2>"$ERR" | ${pipe}; echo "\${PIPESTATUS[0]}" >"$CODE"`;
  const dir = mkdtempSync(join(tmpdir(), 'entente-pipe-'));
  try {
    const err = join(dir, 'err');
    const codeFile = join(dir, 'code');
    const shell = await run('bash', ['-c', `ERR=${quote(err)} CODE=${quote(codeFile)}; ${script}`]);
    return {
      code: Number(readFileSync(codeFile, 'utf8').trim()),
      stdout: shell.stdout,
      stderr: readFileSync(err, 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
