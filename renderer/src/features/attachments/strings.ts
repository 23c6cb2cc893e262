/** English strings of the attachments feature (namespace "attachments"), registered when the feature loads. */
import { ATTACHMENT_KIND_LABELS } from '../../../../electron/common/domain/attachments';
import { addTranslations } from '../../i18n';

export const ATTACHMENTS_NS = 'attachments';

addTranslations(ATTACHMENTS_NS, {
  title: 'Attachments',
  add: 'Add files',
  dropHint: 'Drop files anywhere on this page to attach them, or use Add files. PDF, Word, text, e-mail, images…',
  dropHere: 'Drop to attach to this record',
  readOnlyDrop: 'Nothing was attached. {{reason}}',
  none: 'No documents attached yet.',
  uploading: 'Attaching {{count}} file(s)…',
  extracting: 'Reading the text of new documents…',
  open: 'Open',
  openAtPage: 'Open at page {{page}}',
  saveCopy: 'Save a copy',
  reveal: 'Show in folder',
  replace: 'Replace with a new version',
  edit: 'Edit details',
  remove: 'Remove',
  removed: '“{{title}}” was removed.',
  undo: 'Undo',
  actionsFor: 'Actions for {{title}}',
  foundOnPage: 'The search found this on page {{page}}.',
  foundInText: 'The search found this in the text of this document.',
  version: 'version {{n}}',
  versions: 'Earlier versions: {{list}}',
  hash: 'SHA-256 {{prefix}}…',
  pages_one: '{{count}} page of text',
  pages_other: '{{count}} pages of text',
  textReady: 'Text searchable',
  state: {
    pending: 'Text not read yet',
    text: 'Text searchable',
    none: 'No text',
    scanned: 'No text (scanned)',
    refused: 'Text not read',
  },
  ocrLater: 'Reading text from scanned pages (OCR) is a later step.',
  kind: { ...ATTACHMENT_KIND_LABELS },
  form: {
    title: 'Edit attachment',
    name: 'Title',
    kind: 'Kind',
    language: 'Language',
    languageHint: 'e.g. it, ja, English',
    date: 'Date',
    note: 'Note',
  },
  openedHere: 'Opened in a new tab.',
});
