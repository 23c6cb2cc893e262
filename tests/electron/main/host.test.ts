/**
 * Host services in the app: saving a produced file goes through the native save dialog and lands
 * byte-for-byte where the person chose; printing happens in a hidden window with JavaScript off, in
 * its own session that cannot reach the network, and leaves no temp file behind.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHostServices, isPrintableResource, PRINT_PARTITION, safeFileName } from '../../../electron/main/host';
import { tempDir } from '../../support/temp-db';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let documents: string;
const host = () => createHostServices({ parentWindow: () => undefined, defaultDir: () => documents });

beforeEach(() => {
  fake.resetFakeElectron();
  documents = tempDir();
});

describe('deliverFile', () => {
  const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x0a, 0xff]);

  it('writes the bytes where the person chose in the save dialog', async () => {
    const target = path.join(documents, 'Japan timeline.pdf');
    fake.dialog.saveDialogAnswer = { canceled: false, filePath: target };
    const result = await host().deliverFile!({ name: 'Japan timeline.pdf', mime: 'application/pdf', bytes });
    expect(result).toEqual({ saved: true, path: target });
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(fake.dialog.saveDialogs[0]).toMatchObject({
      defaultPath: path.join(documents, 'Japan timeline.pdf'),
      filters: [
        { name: 'PDF', extensions: ['pdf'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
  });

  it('writes nothing when the dialog is cancelled', async () => {
    fake.dialog.saveDialogAnswer = { canceled: true, filePath: '' };
    expect(await host().deliverFile!({ name: 'x.csv', mime: 'text/csv', bytes })).toEqual({ saved: false });
    expect(readdirSync(documents)).toEqual([]);
  });

  it('never lets the suggested name pick a folder', async () => {
    await host().deliverFile!({ name: '../../etc/cron.d/evil', mime: 'text/plain', bytes });
    expect(fake.dialog.saveDialogs[0]!.defaultPath).toBe(path.join(documents, 'evil'));
    expect(safeFileName('..\\..\\windows\\x.ics')).toBe('x.ics');
    expect(safeFileName('a:b*c?.docx')).toBe('a_b_c_.docx');
    expect(safeFileName('..')).toBe('entente-export');
  });
});

describe('printPdf', () => {
  it('prints in a hidden, script-less, sandboxed window on a separate session and cleans up', async () => {
    const before = readdirSync(os.tmpdir()).filter((n) => n.startsWith('entente-print-'));
    const pdf = await host().printPdf!('<html><body><h1>Timeline</h1></body></html>', {
      pageSize: 'A4',
      landscape: true,
    });
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/^%PDF-/);

    const win = fake.FakeBrowserWindow.instances.at(-1)!;
    expect(win.options.show).toBe(false);
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(prefs).not.toHaveProperty('preload');
    expect((prefs.session as fake.FakeSession).partition).toBe(PRINT_PARTITION);
    expect(win.webContents.printOptions).toMatchObject({ pageSize: 'A4', landscape: true, printBackground: true });
    expect(win.loadedFile).toMatch(/report\.html$/);
    expect(win.destroyed).toBe(true);
    expect(existsSync(win.loadedFile!)).toBe(false);
    expect(readdirSync(os.tmpdir()).filter((n) => n.startsWith('entente-print-'))).toEqual(before);
  });

  it('puts the handling marking on every page: header/footer templates and margins reach printToPDF', async () => {
    await host().printPdf!('<p>x</p>', {
      pageSize: 'A4',
      headerTemplate: '<div>UNCLASSIFIED</div>',
      footerTemplate: '<div>Page <span class="pageNumber"></span></div>',
      marginsMm: { top: 25.4, bottom: 12.7, left: 0, right: 50.8 },
    });
    expect(fake.FakeBrowserWindow.instances.at(-1)!.webContents.printOptions).toMatchObject({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div>UNCLASSIFIED</div>',
      footerTemplate: '<div>Page <span class="pageNumber"></span></div>',
      margins: { top: 1, bottom: 0.5, left: 0, right: 2 },
      preferCSSPageSize: false,
    });
  });

  it('gives the print session no network and no permissions', async () => {
    await host().printPdf!('<p>x</p>', { pageSize: 'Letter' });
    const ses = fake.session.fromPartition(PRINT_PARTITION);
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      ses.beforeRequest!({ url }, (r) => (answer = r.cancel));
      return answer;
    };
    expect(cancelled('https://tracker.example/pixel.png')).toBe(true);
    expect(cancelled('http://127.0.0.1:5199/api')).toBe(true);
    expect(cancelled('file:///tmp/entente-print-1/report.html')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(ses.permissionCheckHandler!({}, 'media', '', {})).toBe(false);
    expect(isPrintableResource('app://entente/x')).toBe(false);
  });
});

describe('revealFile', () => {
  it('shows existing absolute paths only', async () => {
    const file = path.join(documents, 'backup.sqlite');
    writeFileSync(file, 'x');
    await host().revealFile!(file);
    await host().revealFile!('relative/backup.sqlite');
    await host().revealFile!(path.join(documents, 'missing.sqlite'));
    expect(fake.shell.revealed).toEqual([file]);
  });
});
