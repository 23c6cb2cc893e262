/**
 * The Store's methods for what enters and leaves the register as files: exchange bundles (records verbatim, with
 * their attachments), attachments (bytes in the register, verified on read) and spreadsheet imports. Part of the
 * one Store interface (see store-base.ts for how the class is split).
 */
import type { AnyRecord } from '../../electron/common/domain/types';
import type { Attachment, AttachmentMetaInput, VerifiedFile } from '../../electron/common/domain/attachments';
import type { RecordKind } from '../../electron/common/domain/vocab';
import * as attachments from './attachments';
import {
  attachmentNews,
  blobBytes,
  exportAttachments,
  type AttachmentImport,
  type BundledAttachment,
} from './attachment-exchange';
import type { WriteContext } from './audit';
import { snapshotAll, writeVerbatimChange, type VerbatimWrite } from './exchange';
import { newId } from './ids';
import * as sheets from './sheet-import';
import { StoreBase } from './store-base';

export abstract class StoreFiles extends StoreBase {
  // ---- exchange ----------------------------------------------------------------------------------------
  snapshotAll(): AnyRecord[] {
    return snapshotAll(this.db);
  }
  /** Every attachment with its versions and text, for the bundle (bytes through `attachmentBlob`). */
  exportAttachments(): BundledAttachment[] {
    return exportAttachments(this.db);
  }
  attachmentBlob(sha256: string): Uint8Array {
    return blobBytes(this.db, sha256);
  }
  /** What a bundle's attachments would add here (nothing is written): see attachmentNews. */
  attachmentNews(attachments: readonly BundledAttachment[]): { added: number; versions: number; described: number } {
    return attachmentNews(this.db, attachments);
  }
  /** With `attachments`, the bundle's documents are written in the same transaction as its records. */
  writeVerbatimChange(
    writes: readonly VerbatimWrite[],
    options: WriteContext & { label: string; dryRun?: boolean; attachments?: AttachmentImport },
  ) {
    writeVerbatimChange(this.db, writes, options);
  }

  // ---- attachments (db/store/attachments.ts: bytes in the register, verified on read) ---------------------------
  /** A record's attachments, oldest first; removed ones with `includeRemoved`. */
  attachments(recordId: string, includeRemoved = false): Attachment[] {
    return attachments.listAttachments(this.db, recordId, includeRemoved);
  }
  attachment(id: string): Attachment {
    return attachments.getAttachment(this.db, id);
  }
  /** Attaches files (all or none, one transaction); VALIDATION for empty or oversize files. */
  addAttachments(
    recordId: string,
    files: readonly attachments.IncomingFile[],
    meta?: AttachmentMetaInput,
  ): Attachment[] {
    return attachments.addAttachments(this.db, recordId, files, meta);
  }
  replaceAttachment(id: string, file: attachments.IncomingFile): Attachment {
    return attachments.replaceAttachment(this.db, id, file);
  }
  updateAttachment(id: string, meta: AttachmentMetaInput): Attachment {
    return attachments.updateAttachmentMeta(this.db, id, meta);
  }
  /** Removes (true) or restores (false): a removal keeps everything, so it can be undone. */
  setAttachmentRemoved(id: string, removed: boolean): Attachment {
    return attachments.setAttachmentRemoved(this.db, id, removed);
  }
  /** The bytes verified against their SHA-256 (DAMAGED when they no longer match). */
  attachmentFile(id: string, versionId?: string): VerifiedFile {
    return attachments.readAttachmentFile(this.db, id, versionId);
  }
  pendingExtractions(limit: number, recordId?: string): { versionId: string; attachmentId: string }[] {
    return attachments.pendingExtractions(this.db, limit, recordId);
  }
  /** The bytes of one version by version id (extraction reads these; verified like every read). */
  versionFile(versionId: string): VerifiedFile & { attachmentId: string } {
    return attachments.readVersionFile(this.db, versionId);
  }
  storeExtraction(versionId: string, extraction: attachments.Extraction): void {
    attachments.storeExtraction(this.db, versionId, extraction);
  }
  markAllExtractionsPending(): number {
    return attachments.markAllPending(this.db);
  }
  attachmentNames(ids: readonly string[]): Map<string, { title: string; fileName: string }> {
    return attachments.attachmentNames(this.db, ids);
  }
  checkAttachmentBlobs(): { blobs: number; problems: string[] } {
    return attachments.checkAttachmentBlobs(this.db);
  }

  // ---- spreadsheet imports (electron/node/services/sheets) ------------------------------------------------
  /** A fresh record id (ULID), for an import that must name records before writing them. */
  static newId(): string {
    return newId();
  }
  sourcedRecords(kind: RecordKind, source: string, sheet: string): sheets.SourcedRecord[] {
    return sheets.sourcedRecords(this.db, kind, source, sheet);
  }
  keyedRecords(kind: RecordKind, keyColumn: string): Map<string, string> {
    return sheets.keyedRecords(this.db, kind, keyColumn);
  }
  importedFiles(kind: RecordKind): { source: string; sheet: string; records: number }[] {
    return sheets.importedFiles(this.db, kind);
  }
  partyNames(): sheets.PartyName[] {
    return sheets.partyNames(this.db);
  }
  /** An import's writes in one transaction, as one undoable change (dryRun: made, then rolled back). */
  writeSheetImport(change: sheets.SheetImportChange, options: WriteContext & { dryRun?: boolean } = {}): void {
    sheets.writeSheetImport(this.db, change, options);
  }
}
