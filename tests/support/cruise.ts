/**
 * dependency-cruiser with the project's own rules (.dependency-cruiser.mjs), for tests that show the layer table can
 * fail: probe files in a scratch tree laid out like the repo, or real folders of the repo.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import { afterAll } from 'vitest';
import config from '../../.dependency-cruiser.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'entente-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Cruises `paths` from `root` with the project's rules; paths in the result are relative to `root`. */
export async function cruiseWithRules(root: string, paths: string[], withTsConfig = false): Promise<ICruiseResult> {
  const previous = process.cwd();
  process.chdir(root); // dependency-cruiser reports and matches paths relative to the working folder
  try {
    const { tsConfig, ...options } = config.options ?? {};
    const result = await cruise(paths, {
      ...options,
      ...(withTsConfig ? { tsConfig } : {}),
      validate: true,
      ruleSet: { allowed: config.allowed, allowedSeverity: config.allowedSeverity, forbidden: config.forbidden },
    });
    if (typeof result.output === 'string') throw new Error('unexpected string output');
    return result.output;
  } finally {
    process.chdir(previous);
  }
}

export const violationsOf = (result: ICruiseResult): string[] =>
  (result.summary.violations as IViolation[]).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);

/** Writes `files` (path → source) into a fresh folder and returns the rule names violated, as "rule: from → to". */
export async function violations(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(scratch, 'tree-'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return violationsOf(await cruiseWithRules(root, Object.keys(files)));
}
