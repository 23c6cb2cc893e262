/**
 * Attachments: the agreement's own documents (signed text, drafts, minutes, notes verbales…) kept with a record.
 * Pure: vocabularies, limits, the metadata schema and the shapes the contract, store, services and UI share.
 * Bytes never travel in these shapes; they come in through an upload id (the host staged the bytes the person picked
 * or dropped) and go out as a verified copy the host hands over.
 */
import { z } from 'zod';
import { dateSchema, idSchema } from './schemas';
import { optionalLine, optionalText } from './text-fields';

/** Kinds of attachment (the list; "note verbale" is the diplomatic note exchanged between ministries). */
export const ATTACHMENT_KINDS = ['signed_text', 'draft', 'minutes', 'note_verbale', 'annex', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  signed_text: 'Signed text',
  draft: 'Draft',
  minutes: 'Minutes',
  note_verbale: 'Note verbale',
  annex: 'Annex',
  other: 'Other',
};

/**
 * Limits. A file above `maxBytes` is refused before anything is stored (a 200 MB scan would bloat the register and
 * every backup of it). Extraction gets `extractMs` of wall time and `extractHeapMb` of heap per file in a worker of
 * its own, and keeps at most `maxTextChars` of text per file and `maxPages` pages.
 */
export const ATTACHMENT_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  maxFilesPerAdd: 20,
  extractMs: 20_000,
  extractHeapMb: 256,
  maxTextChars: 2_000_000,
  maxPages: 2_000,
  /** A DOCX/XLSX/ODT whose parts would inflate beyond this is a zip bomb, not a document. */
  maxUnzippedBytes: 200 * 1024 * 1024,
} as const;

export function tooLargeMessage(name: string, bytes: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
  return `"${name}" is ${mb(bytes)}; attachments can be at most ${mb(ATTACHMENT_LIMITS.maxBytes)}. Nothing was attached.`;
}

/**
 * Where text extraction stands for one version: pending (not yet run), text (searchable), none (no text: the reason
 * says why — an image, an unsupported type, an empty file), scanned (a PDF without a text layer; OCR is a later
 * step), refused (malformed, a zip bomb, a disguised file, over a limit: the reason says which).
 */
export const TEXT_STATES = ['pending', 'text', 'none', 'scanned', 'refused'] as const;
export type TextState = (typeof TEXT_STATES)[number];

/** What a person types about an attachment (all optional: the title defaults to the file name). */
export const attachmentMetaSchema = z
  .object({
    title: optionalLine('Title', 500),
    kind: z
      .enum(ATTACHMENT_KINDS, { error: `Kind must be one of ${Object.values(ATTACHMENT_KIND_LABELS).join(', ')}` })
      .optional(),
    /** A language tag or name as typed ("it", "Japanese"); free text, short. */
    language: optionalLine('Language', 40),
    date: dateSchema('Attachment date'),
    note: optionalText('Note', 5_000),
  })
  .strict();
export type AttachmentMetaInput = z.input<typeof attachmentMetaSchema>;
export type AttachmentMeta = z.output<typeof attachmentMetaSchema>;

const LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document (DOCX)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook (XLSX)',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text (ODT)',
  'application/rtf': 'Rich Text (RTF)',
  'text/plain': 'Plain text',
  'text/markdown': 'Markdown',
  'message/rfc822': 'E-mail (EML)',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/tiff': 'TIFF image',
  'image/webp': 'WebP image',
  'application/zip': 'ZIP archive',
  'application/x-msdownload': 'Windows program',
  'application/x-elf': 'Linux program',
  'application/x-mach-binary': 'macOS program',
  'application/octet-stream': 'Unknown binary file',
};

/** The extensions a name may carry for each type (a name with another one is "disguised"). */
export const TYPE_EXTENSIONS: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/rtf': ['rtf'],
  'text/plain': ['txt', 'text', 'csv', 'log', ''],
  'text/markdown': ['md', 'markdown'],
  'message/rfc822': ['eml'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/tiff': ['tif', 'tiff'],
  'image/webp': ['webp'],
};

/** Types the system viewer may open (documents and pictures: nothing that runs). */
const VIEWABLE = new Set(Object.keys(TYPE_EXTENSIONS));

export const describeType = (mediaType: string): string => LABELS[mediaType] ?? mediaType;
export const isViewable = (mediaType: string): boolean => VIEWABLE.has(mediaType);
export const isExtractable = (mediaType: string): boolean =>
  [
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'message/rfc822',
    'text/plain',
    'text/markdown',
  ].includes(mediaType);

/** The extension a verified copy gets: the content's, so a disguised program never opens as one. */
export const extensionFor = (mediaType: string): string => TYPE_EXTENSIONS[mediaType]?.[0] || 'bin';

export const extensionOf = (name: string) => (/\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1] ?? '').toLowerCase();

/** "named .pdf, but its content is a Windows program", or null when the name's extension fits the content. */
export function disguiseOf(fileName: string, mediaType: string): string | null {
  const ext = extensionOf(fileName);
  if (ext === '' || TYPE_EXTENSIONS[mediaType]?.includes(ext)) return null;
  const label = describeType(mediaType).replace(/^(Plain|Unknown|Rich)/, (w) => w.toLowerCase());
  return `named .${ext}, but its content is ${/^[AEIOUaeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}

/** An upload id the host gave for bytes it staged (random, url-safe). */
export const uploadIdSchema = z
  .string({ error: 'An upload id is required' })
  .regex(/^[A-Za-z0-9_-]{16,64}$/, { error: 'Not a valid upload id' });

export const attachmentIdSchema = idSchema;

export interface AttachmentVersion {
  id: string;
  version: number;
  fileName: string;
  /** Detected from the content (magic bytes), never from the name. */
  mediaType: string;
  size: number;
  sha256: string;
  addedAt: string;
  textState: TextState;
  /** Why there is no text, in the person's words; '' when there is text. */
  textReason: string;
  pages: number;
}

export interface Attachment {
  id: string;
  recordId: string;
  title: string;
  kind: AttachmentKind;
  language: string;
  /** EDTF ('XXXX' when unknown). */
  date: string;
  note: string;
  createdAt: string;
  updatedAt: string;
  /** Set when removed (still restorable). */
  removedAt: string | null;
  /** Newest first; [0] is the current version. */
  versions: AttachmentVersion[];
}

/** What the store hands out for "open"/"save a copy": bytes already verified against their SHA-256. */
export interface VerifiedFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
  sha256: string;
}

/** A search hit inside an attachment (from the record's index row). */
export interface AttachmentHit {
  attachmentId: string;
  title: string;
  fileName: string;
  /** 1-based page for paged documents (PDF); 0 when the document has no pages. */
  page: number;
}

/** The index field name for a page of an attachment's text: `attachment:<id>:<page>`. */
export const attachmentField = (attachmentId: string, page: number): string => `attachment:${attachmentId}:${page}`;

export function parseAttachmentField(field: string | null): { attachmentId: string; page: number } | null {
  const m = field ? /^attachment:([0-9A-HJKMNP-TV-Z]{26}):(\d+)$/.exec(field) : null;
  return m ? { attachmentId: m[1]!, page: Number(m[2]) } : null;
}
