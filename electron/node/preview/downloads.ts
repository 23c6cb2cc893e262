/**
 * The preview's deliverFile: the bytes wait in memory under a random one-time id, fetched once from
 * GET /download/<id>?token=… and then forgotten (or after ten minutes, whichever comes first).
 */
import { randomBytes } from 'node:crypto';

interface Pending {
  name: string;
  mime: string;
  bytes: Uint8Array;
  timer: NodeJS.Timeout;
}

const TTL_MS = 10 * 60 * 1000;

export class DownloadStore {
  private readonly pending = new Map<string, Pending>();

  put(file: { name: string; mime: string; bytes: Uint8Array }): string {
    const id = randomBytes(18).toString('base64url');
    const timer = setTimeout(() => this.pending.delete(id), TTL_MS);
    timer.unref();
    this.pending.set(id, { ...file, timer });
    return id;
  }

  /** Returns the file once; a second request for the same id finds nothing. */
  take(id: string): { name: string; mime: string; bytes: Uint8Array } | null {
    const file = this.pending.get(id);
    if (!file) return null;
    clearTimeout(file.timer);
    this.pending.delete(id);
    return { name: file.name, mime: file.mime, bytes: file.bytes };
  }

  clear(): void {
    for (const file of this.pending.values()) clearTimeout(file.timer);
    this.pending.clear();
  }
}
