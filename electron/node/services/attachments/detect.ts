/**
 * What a file is, from its content (magic bytes via `file-type`; text and e-mail by their bytes), never from its name:
 * "minutes.pdf" that is really a program is a program. The name only decides between plain text and Markdown and is
 * compared with the content to warn about a disguised file.
 */
import { fileTypeFromBuffer } from 'file-type';
import { describeType, disguiseOf, extensionOf } from '../../../common/domain/attachments';

export { describeType, extensionFor, isExtractable, isViewable } from '../../../common/domain/attachments';

/** E-mail headers at the very start (RFC 5322 fields a saved message begins with). */
const MAIL_HEADERS =
  /^(?:(?:Received|Return-Path|From|To|Cc|Subject|Date|Message-ID|MIME-Version|Delivered-To|X-[\w-]+|Content-Type):[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){3,}/i;

function asText(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) return null;
  try {
    // Only the head is checked; a cut in the middle of a character at its end is not an error.
    return new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
  } catch {
    return null;
  }
}

export interface DetectedType {
  mediaType: string;
  label: string;
  /** Set when the name says one thing and the content another ("named .pdf, but it is a Windows program"). */
  disguised: string | null;
}

/** The type of `bytes` (named `fileName` by the person's system). */
export async function detectType(bytes: Uint8Array, fileName: string): Promise<DetectedType> {
  const found = await fileTypeFromBuffer(bytes);
  const ext = extensionOf(fileName);
  let mediaType = found?.mime ?? 'application/octet-stream';
  if (mediaType === 'application/x-cfb') mediaType = 'application/octet-stream';
  if (!found) {
    const text = asText(bytes);
    if (text !== null)
      mediaType = MAIL_HEADERS.test(text)
        ? 'message/rfc822'
        : ext === 'md' || ext === 'markdown'
          ? 'text/markdown'
          : 'text/plain';
  }
  return { mediaType, label: describeType(mediaType), disguised: disguiseOf(fileName, mediaType) };
}
