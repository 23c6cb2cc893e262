/**
 * THE STORE INTERFACE: every read and write the app makes of a register, in one place (the model is
 * Signal-Desktop's ts/sql/Interface). Services, handlers, the CLI and the hosts hold a `Store` and never see SQL or a
 * connection; SQL lives only under db/ (the layer table in .dependency-cruiser.mjs lets nothing outside db/ import
 * any store module but this one). Methods are grouped read first, then write; a store opened read-only refuses
 * writes with READ_ONLY. Shapes are the domain's (electron/common/domain/types.ts); errors are AppErrors with
 * plain messages (db/store/records.ts `asAppError` maps SQLite's).
 */
import type { ReminderQuery, Reminder } from '../../electron/common/domain/reminders';
import type {
  AuditEntry,
  Dependent,
  InputByKind,
  RecordByKind,
  RecordSummary,
} from '../../electron/common/domain/types';
import type { SavedSearch, SavedSearchInput } from '../../electron/common/domain/search';
import type { RecordKind, StatusKind } from '../../electron/common/domain/vocab';
import type { IncomingLink, PaletteEntry } from '../../electron/common/domain/types';
import { loadSeedArticle, type SeedIds } from '../demo/seed-article';
import { listAudit, recentAudit, type WriteContext } from './audit';
import { findDependents, recordTitlesList } from './dependents';
import { paletteEntries } from './palette';
import { CODECS, incomingLinks, type Reference } from './kinds';
import { listSummaries, type ListFilter } from './lists';
import * as maintenance from './maintenance';
import {
  closeDatabase,
  deferredIndexProblems,
  openDatabase,
  openUnmigrated,
  schemaVersion,
  type OpenOptions,
} from './open';
import { listReminders } from './reminders';
import * as scope from './report-scope';
import {
  countRecords,
  createRecord,
  deleteRecord,
  findRecord,
  getRecord,
  getRecordKind,
  updateRecord,
  type CreateOptions,
  type DeleteOptions,
  type UpdateOptions,
} from './records';
import * as saved from './saved-searches';
import {
  checkSearchIndex,
  rebuildSearchIndex,
  markSearchRebuildPending,
  rebuildSearchIndexInSteps,
  searchRebuildProgress,
  type RebuildReport,
  type SearchIndexCheck,
} from './search-index';
import {
  indexHasTerm,
  matchingRecordIds,
  partiesNamed,
  queryDocs,
  type DocQuery,
  type DocResult,
} from './search-query';
import type { RegisterSettings, RegisterSettingsInput } from '../../electron/common/domain/register-settings';
import type { SavedView, SavedViewInput } from '../../electron/common/domain/views';
import { bulkDependents, runBulk, type BulkAction, type BulkResult } from './bulk';
import { readRegisterSettings, updateRegisterSettings } from './register-settings';
import { findReminder } from './reminders';
import { actOnReminder, reminderActionLog, type ReminderAction, type ReminderActionInput } from './reminder-actions';
import * as views from './saved-views';
import { StoreUpkeep } from './store-upkeep';
import type { Db } from './sql';
import { statusCounts } from './stats';
import * as status from './status';
import {
  readHistory,
  redoLastChange,
  undoLastChange,
  type HistoryView,
  type StepOptions,
  type UndoResult,
} from './undo';

export class Store extends StoreUpkeep {
  private constructor(db: Db) {
    super(db);
  }

  /**
   * Opens (creating if absent) and migrates the register at `file`; see open.ts for the order of steps.
   * Throws NEWER_SCHEMA (left untouched), NOT_A_DATABASE, UNAVAILABLE (cannot open), READ_ONLY.
   */
  static open(file: string, options: OpenOptions = {}): Store {
    return new Store(openDatabase(file, options));
  }

  /** An existing register opened exactly as it is, for maintenance checks (no migration, no index repair). */
  static openUnmigrated(file: string): Store {
    return new Store(openUnmigrated(file));
  }

  /** A store over a connection already opened by open.ts (tests that also inspect the same connection). */
  static over(db: Db): Store {
    return new Store(db);
  }

  // ---- the register ------------------------------------------------------------------------------------
  get file(): string {
    return this.db.name;
  }
  get isOpen(): boolean {
    return this.db.open;
  }
  get readonly(): boolean {
    return this.db.readonly;
  }
  close(): void {
    if (this.db.open) closeDatabase(this.db);
  }
  schemaVersion(): number {
    return schemaVersion(this.db);
  }
  sqliteVersion(): string {
    return maintenance.sqliteVersion(this.db);
  }
  /** Records per kind. */
  countRecords(): Record<RecordKind, number> {
    return countRecords(this.db);
  }

  // ---- records: reads ----------------------------------------------------------------------------------
  /** The record, or NOT_FOUND. */
  getRecord<K extends RecordKind>(kind: K, id: string): RecordByKind[K] {
    return getRecord(this.db, kind, id);
  }
  findRecord<K extends RecordKind>(kind: K, id: string): RecordByKind[K] | undefined {
    return findRecord(this.db, kind, id);
  }
  recordKind(id: string): RecordKind | undefined {
    return getRecordKind(this.db, id);
  }
  listRecords(filter: ListFilter): RecordSummary[] {
    return listSummaries(this.db, filter);
  }
  /** Every record for the Ctrl+K palette, with counterparts and date (palette.ts). */
  paletteEntries(): PaletteEntry[] {
    return paletteEntries(this.db);
  }

  recordTitles(
    kinds?: readonly RecordKind[],
    ids?: readonly string[],
  ): { id: string; kind: RecordKind; title: string; subtitle: string }[] {
    return recordTitlesList(this.db, kinds, ids);
  }
  /** Records that refer to `id`, each with how ("signatory", "session 3"). */
  dependents(id: string): Dependent[] {
    return findDependents(this.db, id);
  }
  /** Links other records make to `id`, with the inverse wording's key ("merged_into" → "absorbed"). */
  incomingLinks(id: string): IncomingLink[] {
    return incomingLinks(this.db, id);
  }
  statusCounts(): { kind: RecordKind; status: string; count: number }[] {
    return statusCounts(this.db);
  }
  statusAsOf(kind: StatusKind, recordId: string, asOf: string): status.StatusAsOfAnswer {
    return status.getStatusAsOf(this.db, kind, recordId, asOf);
  }
  listReminders(query: ReminderQuery = {}, recordIds?: ReadonlySet<string>): Reminder[] {
    return listReminders(this.db, query, recordIds);
  }
  recordAudit(recordId: string, limit?: number): AuditEntry[] {
    return listAudit(this.db, recordId, limit);
  }
  recentAudit(limit?: number, beforeId?: number): AuditEntry[] {
    return recentAudit(this.db, limit, beforeId);
  }
  history(limit?: number): HistoryView {
    return readHistory(this.db, limit);
  }

  // ---- records: writes (each one transaction, audited, undoable) ----------------------------------------
  createRecord<K extends RecordKind>(kind: K, input: InputByKind[K] | unknown, ctx?: CreateOptions): RecordByKind[K] {
    return createRecord(this.db, kind, input, ctx);
  }
  updateRecord<K extends RecordKind>(
    kind: K,
    id: string,
    input: InputByKind[K] | unknown,
    ctx?: UpdateOptions,
  ): RecordByKind[K] {
    return updateRecord(this.db, kind, id, input, ctx);
  }
  deleteRecord(kind: RecordKind, id: string, ctx?: DeleteOptions): ReturnType<typeof deleteRecord> {
    return deleteRecord(this.db, kind, id, ctx);
  }
  addStatusEvent(...args: Tail<Parameters<typeof status.addStatusEvent>>): ReturnType<typeof status.addStatusEvent> {
    return status.addStatusEvent(this.db, ...args);
  }
  updateStatusEvent(
    ...args: Tail<Parameters<typeof status.updateStatusEvent>>
  ): ReturnType<typeof status.updateStatusEvent> {
    return status.updateStatusEvent(this.db, ...args);
  }
  removeStatusEvent(
    ...args: Tail<Parameters<typeof status.removeStatusEvent>>
  ): ReturnType<typeof status.removeStatusEvent> {
    return status.removeStatusEvent(this.db, ...args);
  }
  undo(options?: StepOptions): UndoResult {
    return undoLastChange(this.db, options);
  }
  redo(options?: StepOptions): UndoResult {
    return redoLastChange(this.db, options);
  }
  /** Loads the seed article's example data into this (empty) register. */
  loadDemo(): SeedIds {
    return loadSeedArticle(this.db);
  }

  // ---- search ------------------------------------------------------------------------------------------
  queryDocs(query: DocQuery): DocResult {
    return queryDocs(this.db, query);
  }
  indexHasTerm(term: string): boolean {
    return indexHasTerm(this.db, term);
  }
  /** Every record a prepared search matches (ids, unranked, unpaged): a timeline or report scoped by a search. */
  matchingRecordIds(query: Omit<DocQuery, 'order' | 'limit' | 'offset' | 'window'>): string[] {
    return matchingRecordIds(this.db, query);
  }
  partiesNamed(name: string): { id: string; name: string }[] {
    return partiesNamed(this.db, name);
  }
  /** Compares the index with the records; `repair` rebuilds a broken index (it holds nothing the records lack). */
  checkSearchIndex(options: { repair?: boolean; deep?: boolean } = {}): SearchIndexCheck {
    return checkSearchIndex(this.db, options);
  }
  rebuildSearchIndex(): RebuildReport {
    return rebuildSearchIndex(this.db);
  }
  /** Rebuilds in short transactions, awaiting `pause()` between them so other work goes on (see search-index.ts). */
  rebuildSearchIndexInSteps(options: {
    chunk?: number;
    pause: () => Promise<void>;
    onProgress?: (done: number, total: number) => void;
  }): Promise<RebuildReport> {
    return rebuildSearchIndexInSteps(this.db, options);
  }
  /** Marks a rebuild in steps as pending (searches say so until it has run). */
  markSearchRebuildPending(): void {
    markSearchRebuildPending(this.db);
  }
  /** Progress of a rebuild in steps under way on any connection, or null. */
  searchRebuildProgress(): { done: number; total: number } | null {
    return searchRebuildProgress(this.db);
  }
  /** Problems found in the search index at open, left for a rebuild in steps (opened with `searchIndex: 'defer'`). */
  get searchIndexProblems(): string[] {
    return deferredIndexProblems(this.db);
  }
  savedSearches(): SavedSearch[] {
    return saved.listSavedSearches(this.db);
  }
  createSavedSearch(input: SavedSearchInput): SavedSearch {
    return saved.createSavedSearch(this.db, input);
  }
  updateSavedSearch(id: string, input: SavedSearchInput): SavedSearch {
    return saved.updateSavedSearch(this.db, id, input);
  }
  deleteSavedSearch(id: string): { deletedId: string } {
    return saved.deleteSavedSearch(this.db, id);
  }

  // ---- reports -----------------------------------------------------------------------------------------
  timelineRecords(): { id: string; kind: RecordKind }[] {
    return scope.timelineRecords(this.db);
  }
  kindsOf(ids: readonly string[]): Map<string, RecordKind> {
    return scope.kindsOf(this.db, ids);
  }
  recordsInvolvingParty(partyId: string): Set<string> {
    return scope.recordsInvolvingParty(this.db, partyId);
  }
  programmeFamily(programmeId: string): Set<string> {
    return scope.programmeFamily(this.db, programmeId);
  }
  workingGroupFamily(workingGroupId: string): Set<string> {
    return scope.workingGroupFamily(this.db, workingGroupId);
  }
  nameOf(kind: RecordKind, id: string): string | undefined {
    return scope.nameOf(this.db, kind, id);
  }
  partyAndPersonNames(): Map<string, string> {
    return scope.partyAndPersonNames(this.db);
  }
  namedPartiesByRecord(): Map<string, string[]> {
    return scope.namedPartiesByRecord(this.db);
  }

  // ---- the register's side, reminders people act on, saved list views, bulk actions (issue 13) -----------
  registerSettings(): RegisterSettings {
    return readRegisterSettings(this.db);
  }
  /** Home party (must be a party here; null clears) and reminder lead times, in one transaction. */
  updateRegisterSettings(input: RegisterSettingsInput): RegisterSettings {
    return updateRegisterSettings(this.db, input);
  }
  /** Acknowledge, snooze, dismiss or put back the reminder with this key (as derived on `today`); appended with who and when. */
  actOnReminder(input: ReminderActionInput, today: string, ctx?: WriteContext): ReminderAction {
    return actOnReminder(this.db, input, findReminder(this.db, input.key, today), today, ctx);
  }
  reminderActionLog(key: string): ReminderAction[] {
    return reminderActionLog(this.db, key);
  }
  savedViews(list?: RecordKind): SavedView[] {
    return views.listSavedViews(this.db, list);
  }
  createSavedView(input: SavedViewInput): SavedView {
    return views.createSavedView(this.db, input);
  }
  updateSavedView(id: string, input: SavedViewInput): SavedView {
    return views.updateSavedView(this.db, id, input);
  }
  deleteSavedView(id: string): { deletedId: string } {
    return views.deleteSavedView(this.db, id);
  }
  /** Tag / add a status event / delete many records: ONE transaction, ONE undoable change. */
  runBulk(ids: readonly string[], action: BulkAction, ctx?: WriteContext): BulkResult {
    return runBulk(this.db, ids, action, ctx);
  }
  /** What deleting these records would break: dependents outside the selection. */
  bulkDependents(ids: readonly string[]): Dependent[] {
    return bulkDependents(this.db, ids);
  }
}

type Tail<T extends unknown[]> = T extends [unknown, ...infer R] ? R : never;

/** The title of a record body as people read it (the kind's codec decides: name or title). */
export function titleOfBody(kind: RecordKind, body: unknown): string {
  return (CODECS[kind] as { title(b: unknown): string }).title(body);
}

/** The ids a record body points at, with the kinds each may be and the form field holding it. */
export function referencesOfBody(kind: RecordKind, body: unknown): Reference[] {
  return (CODECS[kind] as { references(b: unknown): Reference[] }).references(body);
}

export { asAppError } from './records';
export { damageWords } from './errors';
export { partsWords } from './damaged-parts';
export { holdPresence, otherProcessesWithRegisterOpen } from './open-elsewhere';
export { claimRegister, currentOwner, describeOwner, releaseStaleClaim } from './owner';
export type { Claim, Owner, OwnerApp } from './owner';
export { bodyOfRecord } from './verbatim';
export { recordTitle } from './records';
export { LATEST_SCHEMA_VERSION } from '../migrations';
export type { FileInspection, Inspection } from './maintenance';
export type { DocQuery, DocResult, DocRow } from './search-query';
export { RANK_WINDOW } from './search-query';
export type { DocSpan, Field } from './search-docs';
export type { ListFilter } from './lists';
export type { WriteContext } from './audit';
export type { BulkAction, BulkResult } from './bulk';
export type { ReminderAction, ReminderActionInput } from './reminder-actions';
export type { HistoryView, UndoResult, StepOptions } from './undo';
export type { OpenOptions } from './open';
export type { SeedIds } from '../demo/seed-article';
export type { VerbatimWrite } from './exchange';
export type { Extraction, IncomingFile } from './attachments';
export type { AttachmentImport, BundledAttachment } from './attachment-exchange';
export { sha256Of } from './attachments';
export type { PartyName, SheetImportChange, SheetSource, SheetWrite, SourcedRecord } from './sheet-import';
export type { SearchIndexCheck, RebuildReport } from './search-index';
