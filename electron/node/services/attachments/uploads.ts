/**
 * Files a host staged for the workers: the bytes of files the person picked in the system's open dialog or dropped on
 * the window (desktop), or uploaded (preview), under a random one-time id (144 bits). A worker takes them once by id
 * (`HostServices.takeUpload`); nothing else — no path, no name the page chose beyond the display name — crosses.
 * Bounded: each file at most the attachment limit, all staged files together at most `maxTotalBytes` (the oldest go
 * first), each forgotten after ten minutes.
 */
import { randomBytes } from 'node:crypto';
import { ATTACHMENT_LIMITS, tooLargeMessage } from '../../../common/domain/attachments';
import { AppError } from '../../../common/domain/errors';

interface Staged {
  name: string;
  bytes: Uint8Array;
  timer: NodeJS.Timeout;
}

const TTL_MS = 10 * 60 * 1000;

export class UploadStore {
  readonly #staged = new Map<string, Staged>();
  readonly #maxTotalBytes: number;

  constructor(maxTotalBytes = 4 * ATTACHMENT_LIMITS.maxBytes) {
    this.#maxTotalBytes = maxTotalBytes;
  }

  /** Stages `bytes` under a new id. VALIDATION when the file is over the attachment limit. */
  put(name: string, bytes: Uint8Array): string {
    if (bytes.byteLength > ATTACHMENT_LIMITS.maxBytes)
      throw new AppError('VALIDATION', tooLargeMessage(name, bytes.byteLength));
    let total = bytes.byteLength;
    for (const f of this.#staged.values()) total += f.bytes.byteLength;
    for (const [id, f] of this.#staged) {
      if (total <= this.#maxTotalBytes) break;
      total -= f.bytes.byteLength;
      this.#drop(id);
    }
    const id = randomBytes(18).toString('base64url');
    const timer = setTimeout(() => this.#drop(id), TTL_MS);
    timer.unref();
    this.#staged.set(id, { name: String(name).slice(0, 255), bytes, timer });
    return id;
  }

  /** The staged file, once; NOT_FOUND afterwards or for an unknown id. */
  take(id: string): { name: string; bytes: Uint8Array } {
    const file = typeof id === 'string' ? this.#staged.get(id) : undefined;
    if (!file)
      throw new AppError(
        'NOT_FOUND',
        'The file to attach is no longer waiting (it expired or was used); add it again.',
      );
    this.#drop(id);
    return { name: file.name, bytes: file.bytes };
  }

  #drop(id: string): void {
    const file = this.#staged.get(id);
    if (file) clearTimeout(file.timer);
    this.#staged.delete(id);
  }

  clear(): void {
    for (const id of [...this.#staged.keys()]) this.#drop(id);
  }
}
