/**
 * Crash safety: 200 SIGKILLs at seeded random moments while a child process commits through
 * the store; after each one the database opens with integrity_check ok and every commit the
 * child reported present (see crash-harness.ts). 1,000 kills: `npm run bench -- crash`.
 */
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-db';
import { describeFigures, runCrashCampaign } from './crash-harness';

describe('crash safety', () => {
  it('survives 200 SIGKILLs mid-transaction: integrity ok, every reported commit present, audit in step', async () => {
    const figures = await runCrashCampaign({ dir: tempDir(), kills: 200, seed: 20260601, lanes: 2 });
    console.log(`[crash] ${describeFigures(figures)}`);
    expect(figures.problems).toEqual([]);
    expect(figures.kills).toBe(200);
    expect(figures.killsWhileWriting).toBeGreaterThan(100);
    expect(figures.commitsReported).toBeGreaterThan(200);
    expect(figures.commitsFound).toBeGreaterThanOrEqual(figures.commitsReported);
  }, 420_000); // ~40–80 s on an idle 2-core machine; generous for a loaded one
});
