/**
 * Backup files on disk: how they are named, what the manifest beside each says, and listing
 * a folder. A backup is a standalone SQLite file (rollback journal, no -wal/-shm companions),
 * so a person can copy it by hand; `<name>.json` beside it records what it held when taken
 * and verified. Names carry the UTC time they were taken, to the millisecond:
 *   entente-2026-11-28T01-33-50-123Z.sqlite      regular (automatic or "Back up now")
 *   pre-restore-2026-11-28T01-40-02-001Z.sqlite  the safety copy taken before a restore
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type BackupReason = 'auto' | 'manual' | 'pre-restore';

export interface BackupManifest {
  format: 'entente-backup';
  version: 1;
  takenAt: string;
  reason: BackupReason;
  source: string;
  schemaVersion: number;
  /** The newest audit entry it holds: "has the data changed since this backup?" */
  auditMaxId: number;
  /** Rows per table at backup time, as verified in the copy. */
  tables: Record<string, number>;
  records: number;
  verifiedAt: string;
  appVersion: string;
}

export interface BackupInfo {
  name: string;
  path: string;
  takenAt: string;
  kind: 'regular' | 'pre-restore';
  bytes: number;
  /** From the manifest; null when the manifest is missing or unreadable (verify before use). */
  manifest: BackupManifest | null;
}

const NAME_RE = /^(entente|pre-restore)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;

export function backupName(kind: BackupInfo['kind'], at: Date): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `${kind === 'pre-restore' ? 'pre-restore' : 'entente'}-${stamp}.sqlite`;
}

export function parseBackupName(name: string): { kind: BackupInfo['kind']; takenAt: Date } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const takenAt = new Date(`${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`);
  return Number.isNaN(takenAt.getTime()) ? null : { kind: m[1] === 'pre-restore' ? 'pre-restore' : 'regular', takenAt };
}

export function manifestPath(backupPath: string): string {
  return `${backupPath}.json`;
}

export function readManifest(backupPath: string): BackupManifest | null {
  try {
    const parsed = JSON.parse(readFileSync(manifestPath(backupPath), 'utf8')) as BackupManifest;
    return parsed && parsed.format === 'entente-backup' && typeof parsed.auditMaxId === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

export function writeManifest(backupPath: string, manifest: BackupManifest): void {
  const partial = `${manifestPath(backupPath)}.partial`;
  writeFileSync(partial, JSON.stringify(manifest, null, 2) + '\n', { flush: true });
  renameSync(partial, manifestPath(backupPath));
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

/** Every backup in the folder, newest first. A missing folder has none. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const path = join(dir, name);
    const bytes = sizeOf(path);
    if (bytes === null) continue; // deleted while listing
    out.push({
      name,
      path,
      takenAt: parsed.takenAt.toISOString(),
      kind: parsed.kind,
      bytes,
      manifest: readManifest(path),
    });
  }
  return out.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : a.name < b.name ? 1 : -1));
}
