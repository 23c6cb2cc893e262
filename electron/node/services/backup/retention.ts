/**
 * Which backups to keep — a pure function of the backups' times, so it is tested with fake
 * clocks. THE POLICY (README "Your data"):
 *   1. Regular backups: at most `keep` (default 10) are kept.
 *      a. Hourly: the newest backup of each of the most recent hours that have one (UTC
 *         clock hours), up to `hourly` (default 5) of them — so the very newest backup is
 *         always kept.
 *      b. Daily: then the newest backup of each earlier day (UTC) not already represented
 *         by an hourly one, newest day first, until `keep` are kept in all.
 *      Everything else is deleted — and only after a new backup has been verified, so a
 *      failed backup never costs an older good one.
 *   2. Safety copies taken before a restore (`pre-restore-…`) are kept apart: the newest
 *      `keepSafetyCopies` (default 5) stay, whatever the regular ones do.
 *   3. A backup whose manifest is missing (not verified by this app) is never deleted.
 */

export interface RetentionPolicy {
  keep: number;
  hourly: number;
  keepSafetyCopies: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keep: 10, hourly: 5, keepSafetyCopies: 5 };

export interface Dated {
  name: string;
  takenAt: string; // ISO instant
  kind: 'regular' | 'pre-restore';
  verified: boolean;
}

const hourOf = (iso: string) => iso.slice(0, 13); // 2026-11-28T01
const dayOf = (iso: string) => iso.slice(0, 10); // 2026-11-28

/** The names to keep; the caller deletes the verified others. */
export function backupsToKeep(backups: readonly Dated[], policy: RetentionPolicy = DEFAULT_RETENTION): Set<string> {
  const keep = new Set<string>();
  const newestFirst = [...backups].sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
  for (const b of newestFirst) if (!b.verified) keep.add(b.name);

  newestFirst
    .filter((b) => b.kind === 'pre-restore' && b.verified)
    .slice(0, policy.keepSafetyCopies)
    .forEach((b) => keep.add(b.name));

  const regular = newestFirst.filter((b) => b.kind === 'regular' && b.verified);
  const limit = Math.max(1, policy.keep);
  const hours = new Set<string>();
  const days = new Set<string>();
  let kept = 0;
  let hourlyEnd = regular.length;
  for (let i = 0; i < regular.length && hours.size < Math.min(policy.hourly, limit); i++) {
    const b = regular[i]!;
    if (hours.has(hourOf(b.takenAt))) continue;
    hours.add(hourOf(b.takenAt));
    days.add(dayOf(b.takenAt));
    keep.add(b.name);
    kept++;
    hourlyEnd = i + 1;
  }
  for (let i = hourlyEnd; i < regular.length && kept < limit; i++) {
    const b = regular[i]!;
    if (days.has(dayOf(b.takenAt))) continue;
    days.add(dayOf(b.takenAt));
    keep.add(b.name);
    kept++;
  }
  return keep;
}
