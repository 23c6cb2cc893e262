/**
 * Which database the app opens. `--db FILE` beats env ENTENTE_DB beats
 * userData/entente.sqlite. Opening never throws: a failure (a newer schema, not a database, no
 * permission) comes back as the one-line message the error dialog shows before the app quits.
 */
import path from 'node:path';

export const DATABASE_FILE_NAME = 'entente.sqlite';

/** The value of `--name VALUE` or `--name=VALUE` in a command line, if present and non-empty. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === name) {
      const next = argv[i + 1];
      return next !== undefined && next !== '' && !next.startsWith('--') ? next : undefined;
    }
    if (arg.startsWith(`${name}=`)) {
      const value = arg.slice(name.length + 1);
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}

export interface DatabaseLocationInput {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  userDataDir: string;
  cwd: string;
}

export function resolveDatabaseFile({ argv, env, userDataDir, cwd }: DatabaseLocationInput): string {
  const chosen = argValue(argv, '--db') ?? (env.ENTENTE_DB?.trim() || undefined);
  return chosen ? path.resolve(cwd, chosen) : path.join(userDataDir, DATABASE_FILE_NAME);
}
