/**
 * The preview's deliverFile: the bytes wait in memory under a random one-time id (144 bits, unguessable), fetched once
 * from GET /download/<id> and then forgotten (or after ten minutes, whichever comes first). The id is the only
 * credential a download link carries: the API token never appears in a URL (where history, logs and the Referer
 * header would keep it).
 */
import { randomBytes } from 'node:crypto';

interface File {
  name: string;
  mime: string;
  bytes: Uint8Array;
  /** Shown in the browser (an attachment opened for viewing) rather than saved. */
  inline?: boolean;
}
interface Pending extends File {
  timer: NodeJS.Timeout;
}

const TTL_MS = 10 * 60 * 1000;

export class DownloadStore {
  private readonly pending = new Map<string, Pending>();

  put(file: File): string {
    const id = randomBytes(18).toString('base64url');
    // base64url of 18 bytes: 24 characters of [A-Za-z0-9_-]; take() refuses anything else before looking it up.
    const timer = setTimeout(() => this.pending.delete(id), TTL_MS);
    timer.unref();
    this.pending.set(id, { ...file, timer });
    return id;
  }

  /** Returns the file once; a second request for the same id finds nothing. */
  take(id: string): File | null {
    if (!/^[A-Za-z0-9_-]{24}$/.test(id)) return null;
    const file = this.pending.get(id);
    if (!file) return null;
    clearTimeout(file.timer);
    this.pending.delete(id);
    return { name: file.name, mime: file.mime, bytes: file.bytes, ...(file.inline ? { inline: true } : {}) };
  }

  clear(): void {
    for (const file of this.pending.values()) clearTimeout(file.timer);
    this.pending.clear();
  }
}
