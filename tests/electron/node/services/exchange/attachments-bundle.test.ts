/**
 * Attachments travel: the exchange bundle as a ZIP carrying every file (and its text), imported into another
 * register in the import's one transaction; old JSON bundles still import; a tampered file refuses the whole
 * import; a backup restored into a new register holds the documents; the integrity check verifies every file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../../db/store';
import { createVerifiedBackup } from '../../../../../electron/node/services/backup';
import {
  exportToFile,
  exportToZipFile,
  importBundleBytes,
  importFromFile,
  readBundleFile,
} from '../../../../../electron/node/services/exchange';
import { checkOpenDatabase } from '../../../../../electron/node/services/integrity/check';
import { openTempDb, snapshot, tempDir } from '../../../../support/temp-db';

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../../electron/node/services/exchange/bundle.schema.json'), 'utf8'),
) as object;

const text = (s: string) => new TextEncoder().encode(s);

function sourceRegister() {
  const { db, file } = openTempDb();
  const store = Store.over(db);
  const ta = store.createRecord('agreement', { title: 'Technical Arrangement', type: 'technical_arrangement' });
  const [signed] = store.addAttachments(
    ta.id,
    [{ fileName: 'signed.pdf', bytes: text('%PDF-1.7 signed'), mediaType: 'application/pdf' }],
    {
      kind: 'signed_text',
      date: 'Jan 2021',
    },
  );
  store.storeExtraction(signed!.versions[0]!.id, {
    state: 'text',
    reason: '',
    pages: [
      { page: 1, text: 'Technical Arrangement' },
      { page: 2, text: 'addestramento congiunto 共同訓練' },
    ],
  });
  store.replaceAttachment(signed!.id, {
    fileName: 'signed-v2.pdf',
    bytes: text('%PDF-1.7 signed v2'),
    mediaType: 'application/pdf',
  });
  store.storeExtraction(store.attachment(signed!.id).versions[0]!.id, {
    state: 'text',
    reason: '',
    pages: [{ page: 2, text: 'addestramento congiunto 共同訓練' }],
  });
  return { db, file, store, ta, signed: signed! };
}

const find = (store: Store, term: string) =>
  store.queryDocs({ match: `"${term}"`, order: 'rank', limit: 5, offset: 0 }).rows.map((r) => r.recordId);

describe('attachments in bundles, backups and checks', () => {
  it('a ZIP bundle carries every version with its bytes and text; importing elsewhere finds page 2 again', async () => {
    const { store, ta, signed } = sourceRegister();
    const out = join(tempDir(), 'register.zip');
    const result = await exportToZipFile(store, out);
    expect(result).toMatchObject({ records: 1, attachments: 1 });
    const { json: bytes, files } = await readBundleFile(readFileSync(out));
    const json = new TextDecoder().decode(bytes);
    const bundle = JSON.parse(json) as { version: number; attachments: { versions: unknown[] }[] };
    expect(bundle.version).toBe(2);
    expect(bundle.attachments[0]!.versions).toHaveLength(2);
    expect(files.size).toBe(2);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    const validate = ajv.compile(schema);
    expect(validate(bundle), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    const target = Store.over(openTempDb().db);
    const report = await importFromFile(target, out);
    expect(report.created.map((c) => c.id)).toEqual([ta.id]);
    expect(target.attachments(ta.id)).toEqual(store.attachments(ta.id));
    expect(new TextDecoder().decode(target.attachmentFile(signed.id).bytes)).toBe('%PDF-1.7 signed v2');
    expect(find(target, '共同訓練')).toEqual([ta.id]);
    // Importing the same bundle again changes nothing.
    const again = await importFromFile(target, out);
    expect(again.unchanged).toHaveLength(1);
    expect(again.attachments).toEqual({ added: 0, versions: 0, described: 0 });
    expect(target.attachments(ta.id)[0]!.versions).toHaveLength(2);

    // A later bundle whose only news is a document — a third version and a second file on the same record — says
    // so, and brings them: its summary is not "nothing to import".
    store.replaceAttachment(signed.id, {
      fileName: 'signed-v3.pdf',
      bytes: text('%PDF-1.7 v3'),
      mediaType: 'application/pdf',
    });
    store.addAttachments(ta.id, [{ fileName: 'annex.txt', bytes: text('Annex A'), mediaType: 'text/plain' }], {
      kind: 'annex',
    });
    await exportToZipFile(store, out);
    const dry = await importFromFile(target, out, { dryRun: true });
    expect([dry.created.length, dry.updated.length]).toEqual([0, 0]);
    expect(dry.attachments).toEqual({ added: 1, versions: 2, described: 1 });
    await importFromFile(target, out);
    expect(target.attachments(ta.id).map((a) => a.versions.length)).toEqual([3, 1]);
  });

  it('refuses a bundle whose file does not match its fingerprint, importing nothing', async () => {
    const { store } = sourceRegister();
    const out = join(tempDir(), 'register.zip');
    await exportToZipFile(store, out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const name = Object.keys(zip.files).find((n) => /^files\/[0-9a-f]{64}$/.test(n))!;
    zip.file(name, 'forged bytes of another length');
    const forged = await zip.generateAsync({ type: 'uint8array' });
    const { db } = openTempDb();
    const before = snapshot(db);
    await expect(importBundleBytes(Store.over(db), forged)).rejects.toThrow(
      /does not match its fingerprint.*nothing was imported/,
    );
    expect(snapshot(db)).toEqual(before);
  });

  it('old JSON bundles still import; a JSON export of a register with attachments is refused with the way out', async () => {
    const plain = Store.over(openTempDb().db);
    plain.createRecord('party', { name: 'Italy', type: 'state' });
    const dir = tempDir();
    exportToFile(plain, join(dir, 'old.json'));
    const v1 = JSON.parse(readFileSync(join(dir, 'old.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'v1.json'), JSON.stringify({ ...v1, version: 1 }));
    const target = Store.over(openTempDb().db);
    expect((await importFromFile(target, join(dir, 'v1.json'))).created).toHaveLength(1);
    const { store } = sourceRegister();
    expect(() => exportToFile(store, join(dir, 'lossy.json'))).toThrow(/1 attachment\(s\).*Export to a \.zip/);
  });

  it('a backup restored as a new register holds the documents; the integrity check verifies every file', async () => {
    const { store, db, ta, signed } = sourceRegister();
    const backup = await createVerifiedBackup(store, { dir: tempDir(), appVersion: 'test' });
    const restored = Store.open(backup.path, { readonly: true });
    try {
      expect(new TextDecoder().decode(restored.attachmentFile(signed.id).bytes)).toBe('%PDF-1.7 signed v2');
      expect(find(restored, 'addestramento')).toEqual([ta.id]);
    } finally {
      restored.close();
    }
    expect(checkOpenDatabase(store).checks.find((c) => c.name === 'attachments')).toMatchObject({ ok: true });
    db.prepare('UPDATE attachment_blobs SET bytes = ? WHERE size = ?').run(Buffer.from('%PDF-1.7 forged!'), 15);
    const report = checkOpenDatabase(store);
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.name === 'attachments')?.detail).toMatch(/"signed\.pdf" does not match/);
  });
});
