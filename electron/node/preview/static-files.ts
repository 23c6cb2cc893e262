/**
 * Serves the built renderer folder. The URL path is decoded and normalised, and anything that would leave the
 * folder (`..`, encoded `%2e%2e`, backslashes, NUL) is refused before the file system is touched.
 */
import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { contentTypeOf } from '../services/web/security';

export type StaticResult =
  { status: 200; body: Buffer; contentType: string; immutable: boolean } | { status: 400 | 404; message: string };

/** Maps a URL pathname onto a file inside `root`, or says why not. Exported for tests. */
export function resolveStaticPath(root: string, pathname: string): { file: string } | { status: 400; message: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400, message: 'Malformed path.' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400, message: 'Malformed path.' };
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return { status: 400, message: 'Path outside the app folder.' };
  const base = resolve(root);
  const file = resolve(base, ...(segments.length === 0 ? ['index.html'] : segments));
  if (file !== base && !file.startsWith(base + sep)) return { status: 400, message: 'Path outside the app folder.' };
  return { file };
}

export async function readStatic(root: string, pathname: string): Promise<StaticResult> {
  const target = resolveStaticPath(root, pathname);
  if ('status' in target) return target;
  let file = target.file;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const contentType = contentTypeOf(file);
    // Vite puts content-hashed bundles under assets/: safe to cache; index.html must always be fresh.
    return { status: 200, body, contentType, immutable: pathname.startsWith('/assets/') };
  } catch {
    return { status: 404, message: 'Not found.' };
  }
}
