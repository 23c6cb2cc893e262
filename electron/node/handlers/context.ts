/**
 * What a handler may use. The host (Electron main, the preview server, the CLI, tests)
 * builds one context per open database and passes it to every call; handlers never open
 * files or reach for globals themselves, so the same handlers serve IPC, HTTP and tests.
 */
import { Store } from '../../../db/store';
import type { ChannelMap, OutputOf, ParsedInputOf } from '../../common/contract/define';
import type { DamagedDatabase } from '../services/integrity/recovery';
import type { RecoveryChoice } from '../services/integrity/startup';

/**
 * Page setup for printPdf. Reports pass Chromium header/footer templates (handling marking at the top and
 * bottom of every page, "Page X of Y") and the margins that make room for them; Electron's printToPDF and
 * playwright's page.pdf() take the same templates (electron/services/pdf/options.ts converts for each).
 */
export interface PrintPdfOptions {
  pageSize: 'A4' | 'Letter';
  landscape?: boolean;
  headerTemplate?: string;
  footerTemplate?: string;
  marginsMm?: { top: number; bottom: number; left: number; right: number };
}

/** Things only the host can do; each host implements them its own way. */
export interface HostServices {
  /** HTML → PDF: Electron's printToPDF in the app; Chromium through playwright-core in preview, CLI and tests. */
  printPdf?(html: string, options: PrintPdfOptions): Promise<Uint8Array>;
  /** Hand a produced file to the person: a save dialog in the app; a one-time download URL in the preview. */
  deliverFile?(file: {
    name: string;
    mime: string;
    bytes: Uint8Array;
  }): Promise<{ saved: boolean; path?: string; downloadUrl?: string }>;
  /** The system's folder dialog (desktop): the folder the person picked, or null when they cancelled. */
  pickFolder?(options: { title: string; defaultPath?: string }): Promise<string | null>;
  /**
   * Bytes the host staged for an upload id (the person's pick or drop in the desktop app, an upload in the preview),
   * handed over once: a second take of the same id fails. Paths never reach the workers.
   */
  takeUpload?(id: string): Promise<{ name: string; bytes: Uint8Array }>;
  /**
   * Opens a verified copy with the system viewer (desktop: a read-only file in a private temp folder, named with the
   * extension of its content type; `reveal` shows it in the file manager instead), or gives a one-time link to it
   * (preview). `page`: where the viewer should open (PDF).
   */
  openFile?(
    file: { name: string; mime: string; bytes: Uint8Array },
    options: { page?: number; reveal?: boolean },
  ): Promise<{ opened: boolean; url?: string }>;
  /** Show a saved file in the system file manager. */
  revealFile?(path: string): Promise<void>;
  /**
   * PNG pictures of the elements matching `selector` in `html` (2× for print): the report chart for Word documents.
   * Electron's capturePage in the app; Chromium through playwright-core elsewhere (the default when absent).
   */
  /**
   * Start-up only: the register was found damaged and moved aside; ask the person what to do (a native dialog in
   * the app). Absent (preview, CLI, tests): the damaged register is not opened.
   */
  askAboutDamage?(damaged: DamagedDatabase): Promise<RecoveryChoice>;
  screenshotElements?(
    html: string,
    selector: string,
    options: { width?: number; limit?: number },
  ): Promise<Uint8Array[]>;
}

export interface HandlerContext {
  /** The open database. Replaced (not mutated) by a restore; always read it through the context. */
  store: Store;
  databaseFile: string;
  /** Where backups go (issue: data safety). */
  backupDir?: string;
  transport: 'ipc' | 'preview' | 'cli';
  appVersion: string;
  host: HostServices;
}

export type Handlers<M extends ChannelMap> = {
  [N in keyof M]: (input: ParsedInputOf<M[N]>, ctx: HandlerContext) => OutputOf<M[N]> | Promise<OutputOf<M[N]>>;
};
