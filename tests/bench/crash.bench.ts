/**
 * `npm run bench -- crash [--kills N] [--seed S] [--lanes L]`: the crash campaign at full
 * size — 1,000 SIGKILLs at seeded random moments (see tests/safety/crash-harness.ts) — with
 * its figures. Baseline measured in the same run: spawning a bare `node -e 0`, so the cost
 * of a crash cycle reads as a ratio to the cost of starting a process at all. Exit code 1
 * only if a check failed (a lost commit or a damaged database), never for a time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeFigures, runCrashCampaign } from '../safety/crash-harness';

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function bareSpawnMs(samples: number): number {
  const started = performance.now();
  for (let i = 0; i < samples; i++) spawnSync(process.execPath, ['-e', '0']);
  return (performance.now() - started) / samples;
}

export async function run(args: string[]): Promise<void> {
  const kills = option(args, 'kills', 1000);
  const seed = option(args, 'seed', 20260601);
  const lanes = option(args, 'lanes', 2);
  const baseline = bareSpawnMs(10);
  console.log(`baseline: bare node spawn ${baseline.toFixed(0)} ms`);
  const dir = mkdtempSync(join(tmpdir(), 'entente-crash-'));
  try {
    const figures = await runCrashCampaign({
      dir,
      kills,
      seed,
      lanes,
      onProgress: (done) => {
        if (done % 100 === 0) console.log(`  ${done}/${kills} kills…`);
      },
    });
    console.log(describeFigures(figures));
    const perKill = figures.ms / figures.kills;
    console.log(
      `per kill cycle: ${perKill.toFixed(0)} ms wall (${lanes} lanes) = ${(perKill / baseline).toFixed(1)}× a bare node spawn; spawn→first commit ${(figures.meanMsToFirstCommit / baseline).toFixed(1)}× a bare spawn`,
    );
    console.log(
      `target: ≥ 1,000 kills with 0 problems — ${figures.kills >= 1000 && figures.problems.length === 0 ? 'met' : 'NOT met'}`,
    );
    if (figures.problems.length > 0) {
      console.log(figures.problems.slice(0, 20).join('\n'));
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
