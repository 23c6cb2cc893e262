/**
 * The Electron side of HostServices (electron/handlers/context.ts): print HTML to PDF in a hidden,
 * sandboxed window with JavaScript off and no network; hand a produced file to the person through
 * a native save dialog; show a saved file in the file manager; picture the report chart for Word documents.
 * The database worker asks for these by message (electron/node/worker/host.ts serves the requests).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow, dialog, session, shell, type FileFilter, type Session } from 'electron';
import { NATIVE_WORDS, type NativeWords } from '../common/domain/words/native';
import type { HostServices, PrintPdfOptions } from '../node/handlers/context';
import type { UploadStore } from '../node/services/attachments/uploads';
import { hardenSession } from './security';

/** A separate in-memory session for printing: no cookies or storage shared with the app window. */
export const PRINT_PARTITION = 'entente-print';

/** Report HTML is self-contained; the print session may read its own temp file and data: URLs, nothing else. */
export function isPrintableResource(url: string): boolean {
  return url.startsWith('file://') || url.startsWith('data:');
}

const preparedSessions = new WeakSet<Session>();
function printSession(): Session {
  const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
  if (!preparedSessions.has(ses)) {
    hardenSession(ses);
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintableResource(details.url) }));
    preparedSessions.add(ses);
  }
  return ses;
}

/**
 * The contract's page setup in printToPDF's terms (margins in inches). With header/footer templates
 * (the handling marking on every page) the page size is ours, not the document's @page rule.
 */
export function electronPrintOptions(options: PrintPdfOptions) {
  const withTemplates = options.headerTemplate !== undefined || options.footerTemplate !== undefined;
  const inch = (mm: number) => mm / 25.4;
  const m = options.marginsMm;
  return {
    pageSize: options.pageSize,
    landscape: options.landscape ?? false,
    printBackground: true,
    generateDocumentOutline: true,
    preferCSSPageSize: !withTemplates,
    ...(withTemplates
      ? {
          displayHeaderFooter: true,
          headerTemplate: options.headerTemplate ?? '<span></span>',
          footerTemplate: options.footerTemplate ?? '<span></span>',
        }
      : {}),
    ...(m ? { margins: { top: inch(m.top), bottom: inch(m.bottom), left: inch(m.left), right: inch(m.right) } } : {}),
  };
}

/**
 * HTML → PDF bytes. The HTML goes through a temp file rather than a data: URL because Chromium caps
 * URLs at 2 MB and a report with embedded fonts and charts can be larger.
 */
export async function printHtmlToPdf(html: string, options: PrintPdfOptions): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'entente-print-'));
  const file = path.join(dir, 'report.html');
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession(),
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      images: true,
    },
  });
  try {
    await writeFile(file, html, 'utf8');
    await win.loadFile(file);
    const pdf = await win.webContents.printToPDF(electronPrintOptions(options));
    return new Uint8Array(pdf);
  } finally {
    if (!win.isDestroyed()) win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * PNG pictures of the elements matching `selector` in `html`, at 2× for print (the report chart for Word documents):
 * the page is laid out in a hidden window of the print session (no network) and each element captured by its box.
 * Script is on only so main can measure the elements; the report page itself carries none (its CSP forbids it).
 */
export async function screenshotElements(
  html: string,
  selector: string,
  options: { width?: number; limit?: number } = {},
): Promise<Uint8Array[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'entente-chart-'));
  const file = path.join(dir, 'chart.html');
  const zoom = 2;
  const width = options.width ?? 800;
  const win = new BrowserWindow({
    show: false,
    width: width * zoom,
    height: 800,
    webPreferences: {
      session: printSession(),
      javascript: true,
      sandbox: true,
      contextIsolation: true,
      zoomFactor: zoom,
    },
  });
  try {
    await writeFile(file, html, 'utf8');
    await win.loadFile(file);
    const boxes = (await win.webContents.executeJavaScript(
      `[...document.querySelectorAll(${JSON.stringify(selector)})].slice(0, ${options.limit ?? 1000}).map((e) => {
         const r = e.getBoundingClientRect();
         return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
       })`,
    )) as { x: number; y: number; width: number; height: number }[];
    const shots: Uint8Array[] = [];
    for (const box of boxes) {
      // Bring the element into the window's view, then capture its box (in window pixels: CSS px × zoom).
      await win.webContents.executeJavaScript(`scrollTo(0, ${box.y})`);
      win.setContentSize(Math.ceil(width * zoom), Math.ceil(box.height * zoom) + 2);
      const image = await win.webContents.capturePage({
        x: Math.floor(box.x * zoom),
        y: 0,
        width: Math.ceil(box.width * zoom),
        height: Math.ceil(box.height * zoom),
      });
      shots.push(new Uint8Array(image.toPNG()));
    }
    return shots;
  } finally {
    if (!win.isDestroyed()) win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The file name only: a produced file's name never chooses its folder. */
export function safeFileName(name: string): string {
  const base = [...path.basename(name.replace(/\\/g, '/'))]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || '<>:"|?*'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return base === '' || base === '.' || base === '..' ? 'entente-export' : base;
}

function filtersFor(name: string, allFiles: string): FileFilter[] {
  const ext = path.extname(name).slice(1).toLowerCase();
  return ext === ''
    ? [{ name: allFiles, extensions: ['*'] }]
    : [
        { name: ext.toUpperCase(), extensions: [ext] },
        { name: allFiles, extensions: ['*'] },
      ];
}

export interface HostDeps {
  /** The window a save dialog belongs to (the focused app window), if any. */
  parentWindow: () => BrowserWindow | undefined;
  /** Default folder for saved files (the Documents folder). */
  defaultDir: () => string;
  /** Files the window staged (entente:upload), taken once by the workers. */
  uploads?: UploadStore;
  /** The dialogs' words in the chosen language, read as each dialog opens; English when not given. */
  words?: () => NativeWords;
}

/**
 * A verified copy for the system viewer: in a private folder of its own (0700) under the temp folder, read-only
 * (0400), named by the handler with the extension of its content type — so a disguised program is never opened as
 * one. The folder is left for the viewer, which may read it after we return.
 */
async function verifiedCopy(file: { name: string; bytes: Uint8Array }): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'entente-open-'));
  const target = path.join(dir, safeFileName(file.name));
  await writeFile(target, file.bytes, { mode: 0o400 });
  return target;
}

export function createHostServices(deps: HostDeps): HostServices {
  const words = () => (deps.words?.() ?? NATIVE_WORDS.en).dialog;
  return {
    printPdf: (html, options) => printHtmlToPdf(html, options),
    screenshotElements: (html, selector, options) => screenshotElements(html, selector, options),

    async deliverFile(file) {
      const name = safeFileName(file.name);
      const dialogOptions = {
        title: words().save,
        defaultPath: path.join(deps.defaultDir(), name),
        filters: filtersFor(name, words().allFiles),
      };
      const parent = deps.parentWindow();
      const choice = parent
        ? await dialog.showSaveDialog(parent, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFile(choice.filePath, file.bytes);
      return { saved: true, path: choice.filePath };
    },

    async pickFolder(options) {
      const dialogOptions = {
        // The worker's title is English; the one folder it asks for is the backup folder, named in our words.
        title: options.title === NATIVE_WORDS.en.dialog.backupFolder ? words().backupFolder : options.title,
        ...(options.defaultPath ? { defaultPath: options.defaultPath } : {}),
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const parent = deps.parentWindow();
      const choice = parent
        ? await dialog.showOpenDialog(parent, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions);
      return choice.canceled || !choice.filePaths[0] ? null : choice.filePaths[0];
    },

    async takeUpload(id) {
      if (!deps.uploads) throw new Error('This window cannot receive files.');
      return deps.uploads.take(id);
    },

    async openFile(file, options) {
      const copy = await verifiedCopy(file);
      if (options.reveal) {
        shell.showItemInFolder(copy);
        return { opened: true };
      }
      // The system viewer decides how to open it; a page number cannot be passed to an arbitrary viewer.
      const problem = await shell.openPath(copy);
      return { opened: problem === '' };
    },

    async revealFile(file) {
      // Only files that exist, by absolute path: nothing relative to wherever the app was started.
      if (path.isAbsolute(file) && existsSync(file)) shell.showItemInFolder(file);
    },
  };
}
