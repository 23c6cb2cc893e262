/**
 * Whose register it is, for the database host (host.ts; issue 15): the claim this process makes on the register
 * (db/store/owner.ts) — or, when another live Entente owns it, why this window only reads it — the mark that this
 * process is an Entente window on it (open-elsewhere.ts), and the light look a window takes around it: was the file
 * replaced (the owner restored a backup), has the owner ended so that this window may take the register over — and,
 * before each write, is the -wal still the one its connections write into.
 */
import type { Reply } from '../../common/contract';
import { AppError, type ErrorInfo } from '../../common/domain/errors';
import { claimRegister, currentOwner, describeOwner, holdPresence, type Claim, type OwnerApp } from '../../../db/store';
import { fileIdentity } from './file-identity';

/** What a look found: the register file was replaced; this window now owns the register (either or both). */
export interface RegisterChange {
  replaced: boolean;
  claimed: boolean;
}

/** The reply to a write whose -wal was removed or replaced under this window (HostClaim.walReplaced). */
export function walLostReply(file: string): Reply<never> {
  return {
    ok: false,
    error: {
      code: 'CONFLICT',
      message:
        `Nothing was saved. Another program removed or replaced this register's log of recent changes (${file}-wal) ` +
        'while this window had it open, so this change could not be kept safely. The window now shows the register ' +
        'as it is on disk: check your last changes, then make this one again.',
    },
  };
}

export class HostClaim {
  readonly #file: string;
  readonly #owner: OwnerApp | undefined;
  #claim: Claim | null = null;
  #presence: () => void = () => undefined;
  /** Why writes are refused because another Entente owned the register when this host opened it, or null. */
  #refusal: string | null = null;
  /** The refusal's wording as data (domain/words/problems.ts), when another Entente owns the register. */
  #refusalWording: Pick<ErrorInfo, 'key' | 'values'> = {};
  /** The register file this host's connections have open (fileIdentity), to notice it being replaced. */
  #identity: string | null = null;
  /** The -wal this host's connections write into (fileIdentity), to notice it removed or replaced: walReplaced. */
  #wal: string | null = null;
  /** The last light look (ms since epoch) and the one under way, if any: see lookAround. */
  #lookedAt = 0;
  #looking: Promise<void> | null = null;

  private constructor(file: string, owner: OwnerApp | undefined) {
    this.#file = file;
    this.#owner = owner;
  }

  /**
   * Claims `file` as this kind of Entente (no claim without `owner`: tests of the host itself). When another live
   * process owns it, the claim is not made and `refusal` names the owner. Marks this process as a window on it.
   */
  static take(file: string, owner: OwnerApp | undefined): HostClaim {
    const taken = new HostClaim(file, owner);
    if (owner) {
      try {
        taken.#claim = claimRegister(file, owner);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'BUSY') throw error;
        const current = currentOwner(file);
        taken.#refusal = current
          ? `Entente is open on this register in another window (${describeOwner(current)}): this window can read it but not change it.`
          : error.message;
        if (current)
          taken.#refusalWording = {
            key: 'store.ownedElsewhere',
            values: { app: current.app, pid: current.pid, since: current.since.slice(11, 16) },
          };
      }
    }
    taken.#identity = fileIdentity(file);
    // Marks this process as an Entente window on the register: a restore elsewhere knows it follows (open-elsewhere.ts).
    taken.#presence = holdPresence(file);
    return taken;
  }

  /** Why writes are refused because another Entente owns the register, or null. */
  get refusal(): string | null {
    return this.#refusal;
  }

  /** `refusal` as a wording key and values, so the window can say it in its language; empty when it has none. */
  get refusalWording(): Pick<ErrorInfo, 'key' | 'values'> {
    return this.#refusalWording;
  }

  /** Writes are refused only because another Entente owned the register (its workers open read-only). */
  get ownedElsewhere(): boolean {
    return this.#refusal !== null;
  }

  /** This host was asked to claim the register and has not (yet) got it: nothing here may write to it. */
  get mustNotWrite(): boolean {
    return this.#owner !== undefined && this.#claim === null;
  }

  /** The register file was reopened as it is now (after a restore by this host's own writer). */
  noteFile(): void {
    this.#identity = fileIdentity(this.#file);
  }

  /** The -wal beside the register now is the one this host's connections write into (after they opened or reopened). */
  noteWal(): void {
    this.#wal = fileIdentity(`${this.#file}-wal`);
  }

  /**
   * Before each write (issue 15): the -wal this host's connections write into is no longer the one beside the
   * register. Another program that closes the register as its last connection checkpoints the -wal and deletes it
   * (https://sqlite.org/wal.html §"Persistence of WAL mode"); Entente's workers keep the lock that makes them count
   * as connections (db/store/file-bytes.ts), but a -wal removed or replaced all the same — by hand, by a program that
   * ignores locks — would take every later save into a file no one will open again, each one reported saved. The
   * host then refuses that save (walLostReply) and reopens every connection on the register as it is on disk.
   */
  walReplaced(): boolean {
    const now = fileIdentity(`${this.#file}-wal`);
    if (this.#wal === null) this.#wal = now; // none yet when the connections opened: the first one seen is theirs
    return now !== this.#wal;
  }

  /**
   * The light look a window makes (issue 15): when the register file was replaced (the owner restored a backup), or
   * when the owner that made this window read-only has ended (claim released, or its process gone) and this host
   * has claimed the register, `follow` is told and awaited. Made at once when `now` (every write attempt of a
   * read-only window), otherwise at most once a second, on the next call: no timer keeps a process awake. Callers
   * during a look wait for it (and for `follow`).
   */
  lookAround(now: boolean, follow: (change: RegisterChange) => Promise<void>): Promise<void> {
    if (this.#looking) return this.#looking;
    if (!now && Date.now() - this.#lookedAt < 1000) return Promise.resolve();
    this.#lookedAt = Date.now();
    this.#looking = this.#look(follow).finally(() => (this.#looking = null));
    return this.#looking;
  }

  async #look(follow: (change: RegisterChange) => Promise<void>): Promise<void> {
    const identity = fileIdentity(this.#file);
    const replaced = identity !== null && this.#identity !== null && identity !== this.#identity;
    let claimed = false;
    if (this.#refusal !== null && this.#owner && currentOwner(this.#file) === null) {
      try {
        this.#claim = claimRegister(this.#file, this.#owner);
        claimed = true;
      } catch {
        return; // another Entente claimed it first: still read-only, still named
      }
    }
    if (!replaced && !claimed) return;
    this.#identity = identity;
    if (claimed) {
      this.#refusal = null;
      this.#refusalWording = {};
    }
    await follow({ replaced, claimed });
  }

  /** Gives the register up: the claim (if this host made one) and the mark. Idempotent. */
  release(): void {
    this.#claim?.release();
    this.#presence();
  }
}
