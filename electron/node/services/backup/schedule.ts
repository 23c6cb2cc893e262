/**
 * Automatic backups. The decision is a pure function of times and audit ids (tested with fake
 * clocks); BackupScheduler runs it on an injected clock and timer, so Electron main starts it
 * with the real ones and tests drive it by hand.
 *
 * THE SCHEDULE: nothing happens while the data is unchanged since the last backup (the newest
 * audit id equals the one the last backup holds). When it has changed, a backup is taken
 *   - once the changes have settled (no change for `quietMs`, 2 minutes: debounced), or
 *   - when the oldest change not yet backed up is `maxDelayMs` old (1 hour), even if changes
 *     keep coming,
 * but never sooner than `minIntervalMs` (15 minutes) after the previous backup. So changed
 * data is backed up within about an hour — far more often than the daily minimum asked for —
 * and an unchanged register is never backed up again.
 */
import { AppError } from '../../../common/domain/errors';
import { Store, asAppError } from '../../../../db/store';
import { createVerifiedBackup } from './backup';
import { listBackups, type BackupInfo } from './files';
import { DEFAULT_RETENTION, type RetentionPolicy } from './retention';
import { getBackupSettings } from './settings';

export interface SchedulePolicy {
  minIntervalMs: number;
  quietMs: number;
  maxDelayMs: number;
}

export const DEFAULT_SCHEDULE: SchedulePolicy = {
  minIntervalMs: 15 * 60_000,
  quietMs: 2 * 60_000,
  maxDelayMs: 60 * 60_000,
};

export interface BackupState {
  lastBackupAt: number | null;
  lastBackupAuditId: number;
}

export interface Activity {
  auditMaxId: number;
  /** Time of the oldest change not in the last backup, and of the newest change. */
  firstUnsavedChangeAt: number | null;
  lastChangeAt: number | null;
}

export interface Decision {
  due: boolean;
  reason: string;
  /** When to look again if not due (null: only after the next change). */
  checkAgainAt: number | null;
}

export function decideBackup(
  now: number,
  state: BackupState,
  activity: Activity,
  policy: SchedulePolicy = DEFAULT_SCHEDULE,
): Decision {
  // `!==`, not `>`: after a restore the newest audit id may be lower than the backed-up one.
  if (activity.auditMaxId === state.lastBackupAuditId)
    return { due: false, reason: 'no changes since the last backup', checkAgainAt: null };
  if (state.lastBackupAt !== null && now - state.lastBackupAt < policy.minIntervalMs) {
    return {
      due: false,
      reason: 'the last backup is less than 15 minutes old',
      checkAgainAt: state.lastBackupAt + policy.minIntervalMs,
    };
  }
  // Changed, but no times to go by (say, after a restore): as good as settled.
  if (activity.lastChangeAt === null) return { due: true, reason: 'changes have settled', checkAgainAt: null };
  const lastChange = activity.lastChangeAt;
  const firstChange = activity.firstUnsavedChangeAt ?? lastChange;
  if (now - lastChange >= policy.quietMs) return { due: true, reason: 'changes have settled', checkAgainAt: null };
  if (now - firstChange >= policy.maxDelayMs)
    return { due: true, reason: 'changes have waited an hour', checkAgainAt: null };
  return {
    due: false,
    reason: 'changes are still coming',
    checkAgainAt: Math.min(lastChange + policy.quietMs, firstChange + policy.maxDelayMs),
  };
}

/** What the database says about changes after audit id `since`. */
export function readActivity(store: Store, since: number): Activity {
  const activity = store.auditActivitySince(since);
  return { auditMaxId: activity.auditMaxId, firstUnsavedChangeAt: activity.firstAt, lastChangeAt: activity.lastAt };
}

export interface SchedulerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_CLOCK: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    handle.unref?.(); // never keep a process alive just for backups
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SchedulerOptions {
  /** The open database — read each time, because a restore replaces the connection. */
  getStore: () => Store;
  /** The backup folder — a function when a setting can change it. */
  backupDir: string | (() => string);
  onError: (error: AppError) => void;
  onBackup?: (backup: BackupInfo) => void;
  clock?: SchedulerClock;
  policy?: SchedulePolicy;
  retention?: RetentionPolicy;
  /** How often to look at the audit trail (cheap: one indexed query). */
  checkEveryMs?: number;
  appVersion?: string;
}

export class BackupScheduler {
  private readonly clock: SchedulerClock;
  private timer: unknown = null;
  private running: Promise<BackupInfo | null> | null = null;
  private stopped = true;
  private state: BackupState = { lastBackupAt: null, lastBackupAuditId: 0 };

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock ?? SYSTEM_CLOCK;
  }

  private dir(): string {
    return typeof this.options.backupDir === 'function' ? this.options.backupDir() : this.options.backupDir;
  }

  /** Picks up where the newest verified backup left off, then checks every minute. */
  start(): void {
    this.stopped = false;
    this.catchUpWithFolder();
    this.schedule(0);
  }

  /** A backup taken by other means ("Back up now", the CLI) counts as the last backup too. */
  private catchUpWithFolder(): void {
    const newest = listBackups(this.dir(), this.options.getStore().file).find(
      (b) => b.kind === 'regular' && b.manifest,
    );
    if (!newest?.manifest) return;
    const takenAt = Date.parse(newest.takenAt);
    if (this.state.lastBackupAt === null || takenAt > this.state.lastBackupAt) {
      this.state = { lastBackupAt: takenAt, lastBackupAuditId: newest.manifest.auditMaxId };
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => null);
  }

  status(): BackupState & { running: boolean } {
    return { ...this.state, running: this.running !== null };
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      void this.tick().finally(() => this.schedule(this.options.checkEveryMs ?? 60_000));
    }, ms);
  }

  /** One look: backs up if the schedule says so. Errors go to onError, never thrown. */
  async tick(): Promise<BackupInfo | null> {
    if (this.running) return null;
    try {
      this.catchUpWithFolder();
      const db = this.options.getStore();
      const decision = decideBackup(
        this.clock.now(),
        this.state,
        readActivity(db, this.state.lastBackupAuditId),
        this.options.policy,
      );
      if (!decision.due) return null;
      return await this.run('auto');
    } catch (error) {
      this.options.onError(error instanceof AppError ? error : asAppError(error));
      return null;
    }
  }

  /** "Back up now": waits for a backup in progress, then takes one. Errors are thrown. */
  async backupNow(): Promise<BackupInfo> {
    await this.running?.catch(() => null);
    const info = await this.run('manual');
    if (!info) throw new AppError('INTERNAL', 'The backup did not complete.');
    return info;
  }

  private run(reason: 'auto' | 'manual'): Promise<BackupInfo | null> {
    const db = this.options.getStore();
    // The person's "backups to keep" setting applies unless the host fixed a policy.
    const keep = getBackupSettings(db).keep;
    const work = createVerifiedBackup(db, {
      dir: this.dir(),
      reason,
      now: new Date(this.clock.now()),
      rotate: !db.readonly,
      retention: this.options.retention ?? {
        ...DEFAULT_RETENTION,
        keep,
        hourly: Math.min(DEFAULT_RETENTION.hourly, keep),
      },
      ...(this.options.appVersion ? { appVersion: this.options.appVersion } : {}),
    }).then((info) => {
      this.state = { lastBackupAt: Date.parse(info.takenAt), lastBackupAuditId: info.manifest?.auditMaxId ?? 0 };
      this.options.onBackup?.(info);
      return info;
    });
    this.running = work.finally(() => {
      this.running = null;
    });
    return this.running;
  }
}

export function startBackupScheduler(options: SchedulerOptions): BackupScheduler {
  const scheduler = new BackupScheduler(options);
  scheduler.start();
  return scheduler;
}
