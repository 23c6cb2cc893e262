/**
 * One register, one owner. A process that opens a register to change it claims it first: a small file beside it,
 * `<register>.owner`, created exclusively (O_EXCL), naming the process (pid, machine, which Entente: the desktop
 * app, the preview, the command line) and since when. Any other process that finds a live owner opens the register
 * read-only or refuses to write, naming the owner — so a restore or an import from a terminal can never replace or
 * change a file the app has open (a save made after that would be lost in a renamed -wal file).
 *
 * A claim left by a process that has ended (it crashed, or the machine lost power) is taken over: on the same
 * machine the pid is asked whether it still runs. A claim from another machine (a register on a shared drive) is
 * respected until that machine releases it; `releaseStaleClaim` is there for a person who knows it is gone.
 */
import { closeSync, openSync, readFileSync, realpathSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { AppError } from '../../electron/common/domain/errors';

/** Which Entente holds a register. */
export type OwnerApp = 'desktop' | 'preview' | 'cli';

export interface Owner {
  pid: number;
  host: string;
  app: OwnerApp;
  /** ISO time the claim was made. */
  since: string;
}

export interface Claim {
  owner: Owner;
  /** Gives the register up (idempotent); only the claim this process made is removed. */
  release(): void;
}

/**
 * The claim sits beside the REAL file (symlinks resolved): a symlink or another spelling of the path to a register
 * must meet the same claim, or it would get around the owner (issue 15). A register not yet created: its path as given.
 */
function ownerFile(register: string): string {
  let real: string;
  try {
    real = realpathSync(register);
  } catch {
    real = resolve(register);
  }
  return `${real}.owner`;
}

const APP_WORDS: Record<OwnerApp, string> = {
  desktop: 'the Entente app',
  preview: 'the Entente preview',
  cli: 'an Entente command',
};

/** "Entente is open on this register in another window (the Entente app, pid 4242, since 09:14 UTC)." */
export function describeOwner(owner: Owner): string {
  const where = owner.host === hostname() ? `pid ${owner.pid}` : `on ${owner.host}, pid ${owner.pid}`;
  return `${APP_WORDS[owner.app]}, ${where}, since ${owner.since.slice(11, 16)} UTC`;
}

function readOwner(register: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(ownerFile(register), 'utf8')) as Partial<Owner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string') return null;
    return { pid: owner.pid, host: owner.host, app: owner.app ?? 'cli', since: owner.since ?? '' };
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** The live owner of `register` other than this process, or null (none, or a claim left by an ended process). */
export function currentOwner(register: string): Owner | null {
  const owner = readOwner(register);
  if (!owner) return null;
  if (owner.host === hostname() && owner.pid === process.pid) return null;
  if (owner.host === hostname() && !isAlive(owner.pid)) return null;
  return owner;
}

/**
 * Claims `register` for this process. Throws BUSY naming the owner when another live process holds it. Claiming a
 * register this process already holds returns a claim whose release leaves the first one in place.
 */
export function claimRegister(register: string, app: OwnerApp): Claim {
  const mine: Owner = { pid: process.pid, host: hostname(), app, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(ownerFile(register), 'wx');
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') {
        // A folder we cannot write to: no claim is possible, and no other Entente can write there either.
        return { owner: mine, release: () => undefined };
      }
      const existing = readOwner(register);
      if (existing && existing.host === mine.host && existing.pid === mine.pid)
        return { owner: existing, release: () => undefined };
      const live = currentOwner(register);
      if (live) {
        throw new AppError(
          'BUSY',
          `Entente is open on this register in another window (${describeOwner(live)}): it was not changed. ` +
            'Close that first, or open the register read-only.',
        );
      }
      rmSync(ownerFile(register), { force: true }); // left by a process that has ended
      continue;
    }
    try {
      writeSync(fd, JSON.stringify(mine));
    } finally {
      closeSync(fd);
    }
    let released = false;
    return {
      owner: mine,
      release() {
        if (released) return;
        released = true;
        const now = readOwner(register);
        if (now && now.pid === mine.pid && now.host === mine.host) rmSync(ownerFile(register), { force: true });
      },
    };
  }
  throw new AppError('BUSY', `The register ${register} is being claimed by another Entente at this moment; try again.`);
}

/** Removes a claim whose owner is known to be gone (another machine that crashed). Returns whether one was removed. */
export function releaseStaleClaim(register: string): boolean {
  const existed = readOwner(register) !== null;
  rmSync(ownerFile(register), { force: true });
  return existed;
}
