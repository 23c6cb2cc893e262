/**
 * Backup files on disk: how they are named, what the manifest beside each says, and listing
 * a folder. A backup is a standalone SQLite file (rollback journal, no -wal/-shm companions),
 * so a person can copy it by hand; `<name>.json` beside it records what it held when taken
 * and verified. Names carry the register's file stem (so registers sharing one folder never touch each other's
 * backups, issue 15) and the UTC time they were taken, to the millisecond:
 *   entente-r-2026-11-28T01-33-50-123Z.sqlite      regular backup of r.sqlite (automatic or "Back up now")
 *   pre-restore-r-2026-11-28T01-40-02-001Z.sqlite  the safety copy of r.sqlite taken before a restore
 * Older names without the stem (entente-2026-…Z.sqlite) belong to the register their manifest's `source` names; one
 * without a manifest belongs to a register only when no other register's backups share the folder.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

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
  /** The register's file stem the name carries; null for an older name without one. */
  register: string | null;
  /** From the manifest; null when the manifest is missing or unreadable (verify before use). */
  manifest: BackupManifest | null;
}

const NAME_RE =
  /^(entente|pre-restore)-(?:([A-Za-z0-9._-]{1,40})-)?(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;

/** The mark a register's backups carry: its file name without the extension, to 40 safe characters ("r" for r.sqlite). */
export function registerStem(databaseFile: string): string {
  const name = basename(databaseFile);
  const stem = name.slice(0, name.length - extname(name).length) || name;
  return stem.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40);
}

/** `register`: the register's file (its stem goes into the name); absent: an older unmarked name (tests). */
export function backupName(kind: BackupInfo['kind'], at: Date, register?: string): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  const mark = register ? `${registerStem(register)}-` : '';
  return `${kind === 'pre-restore' ? 'pre-restore' : 'entente'}-${mark}${stamp}.sqlite`;
}

export function parseBackupName(
  name: string,
): { kind: BackupInfo['kind']; takenAt: Date; register: string | null } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const takenAt = new Date(`${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
  return Number.isNaN(takenAt.getTime())
    ? null
    : { kind: m[1] === 'pre-restore' ? 'pre-restore' : 'regular', takenAt, register: m[2] ?? null };
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

/** The register a backup belongs to: the stem in its name, else the stem of its manifest's source, else unknown. */
function ownerOf(b: BackupInfo): string | null {
  if (b.register !== null) return b.register;
  return typeof b.manifest?.source === 'string' && b.manifest.source ? registerStem(b.manifest.source) : null;
}

/**
 * Every backup in the folder, newest first. A missing folder has none. `register` (the register's file): only that
 * register's backups — by the stem in the name or the manifest's source; an unmarked one without a manifest only when
 * no other register's backup shares the folder (then it can only be this register's).
 */
export function listBackups(dir: string, register?: string): BackupInfo[] {
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
      register: parsed.register,
      manifest: readManifest(path),
    });
  }
  const sorted = out.sort((a, b) =>
    a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : a.name < b.name ? 1 : -1,
  );
  if (register === undefined) return sorted;
  const own = registerStem(register);
  const shared = sorted.some((b) => {
    const owner = ownerOf(b);
    return owner !== null && owner !== own;
  });
  return sorted.filter((b) => {
    const owner = ownerOf(b);
    return owner === null ? !shared : owner === own;
  });
}
