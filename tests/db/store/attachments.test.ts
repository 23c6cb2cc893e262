import { describe, expect, it } from 'vitest';
import { ATTACHMENT_LIMITS } from '../../../electron/common/domain/attachments';
import { Store, sha256Of } from '../../../db/store';
import { errorOf } from '../../support/errors';
import { openTempDb, snapshot } from '../../support/temp-db';

const bytes = (text: string) => new TextEncoder().encode(text);
const txt = (fileName: string, text: string) => ({ fileName, bytes: bytes(text), mediaType: 'text/plain' });

function setup() {
  const { db } = openTempDb();
  const store = Store.over(db);
  const agreement = store.createRecord('agreement', {
    title: 'Technical Arrangement on pilot training',
    type: 'technical_arrangement',
  });
  return { db, store, agreement };
}

describe('attachments in the register', () => {
  it('attaches several files at once, with the description, and reads back verified bytes', () => {
    const { store, agreement } = setup();
    const added = store.addAttachments(agreement.id, [txt('a.txt', 'alpha'), txt('b.txt', 'beta')], {
      kind: 'signed_text',
      language: 'it',
      date: 'Jan 2021',
    });
    expect(added.map((a) => [a.title, a.kind, a.language, a.date])).toEqual([
      ['a.txt', 'signed_text', 'it', '2021-01'],
      ['b.txt', 'signed_text', 'it', '2021-01'],
    ]);
    const file = store.attachmentFile(added[1]!.id);
    expect(new TextDecoder().decode(file.bytes)).toBe('beta');
    expect(file.sha256).toBe(sha256Of(bytes('beta')));
    expect(store.attachments(agreement.id).map((a) => a.versions[0]!.textState)).toEqual(['pending', 'pending']);
  });

  it('refuses an oversize file with its size in the message, and writes nothing', () => {
    const { db, store, agreement } = setup();
    const before = snapshot(db);
    const big = {
      fileName: 'scan.pdf',
      bytes: new Uint8Array(ATTACHMENT_LIMITS.maxBytes + 1),
      mediaType: 'application/pdf',
    };
    const error = errorOf(() => store.addAttachments(agreement.id, [txt('ok.txt', 'fine'), big]));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/"scan\.pdf" is 50 MB; attachments can be at most 50 MB/);
    expect(snapshot(db)).toEqual(before);
  });

  it('a failed attach (record gone) leaves every table as it was', () => {
    const { db, store } = setup();
    const before = snapshot(db);
    expect(errorOf(() => store.addAttachments('01HZZZZZZZZZZZZZZZZZZZZZZZ', [txt('a.txt', 'x')])).code).toBe(
      'NOT_FOUND',
    );
    expect(snapshot(db)).toEqual(before);
  });

  it('replace keeps every old version; remove hides it and restore brings it back', () => {
    const { store, agreement } = setup();
    const [a] = store.addAttachments(agreement.id, [txt('draft.txt', 'first')]);
    const replaced = store.replaceAttachment(a!.id, txt('draft-2.txt', 'second'));
    expect(replaced.versions.map((v) => [v.version, v.fileName])).toEqual([
      [2, 'draft-2.txt'],
      [1, 'draft.txt'],
    ]);
    expect(new TextDecoder().decode(store.attachmentFile(a!.id).bytes)).toBe('second');
    expect(new TextDecoder().decode(store.attachmentFile(a!.id, replaced.versions[1]!.id).bytes)).toBe('first');
    store.setAttachmentRemoved(a!.id, true);
    expect(store.attachments(agreement.id)).toEqual([]);
    expect(store.attachments(agreement.id, true)).toHaveLength(1);
    store.setAttachmentRemoved(a!.id, false);
    expect(store.attachments(agreement.id).map((x) => x.title)).toEqual(['draft.txt']);
  });

  it('bytes changed on disk are refused on read and reported by the check, never handed out', () => {
    const { db, store, agreement } = setup();
    const [a] = store.addAttachments(agreement.id, [txt('signed.txt', 'the signed text')]);
    db.prepare('UPDATE attachment_blobs SET bytes = ?').run(Buffer.from('the forged text'));
    const error = errorOf(() => store.attachmentFile(a!.id));
    expect(error.code).toBe('DAMAGED');
    expect(error.message).toMatch(/"signed\.txt" does not match its fingerprint/);
    expect(store.checkAttachmentBlobs().problems).toEqual([expect.stringMatching(/"signed\.txt"/)]);
  });

  it("search finds an attachment's text with the record, page by page, until it is removed", () => {
    const { store, agreement } = setup();
    const [a] = store.addAttachments(agreement.id, [
      { fileName: 'signed.pdf', bytes: bytes('%PDF-1.7'), mediaType: 'application/pdf' },
    ]);
    const find = (term: string) =>
      store.queryDocs({ match: `"${term}"`, order: 'rank', limit: 10, offset: 0 }).rows.map((r) => r.recordId);
    expect(find('addestramento')).toEqual([]);
    store.storeExtraction(a!.versions[0]!.id, {
      state: 'text',
      reason: '',
      pages: [
        { page: 1, text: 'Technical arrangement' },
        { page: 2, text: "Addestramento dei piloti dell'Aeronautica" },
      ],
    });
    expect(find('addestramento')).toEqual([agreement.id]);
    expect(store.attachment(a!.id).versions[0]).toMatchObject({ textState: 'text', pages: 2 });
    store.setAttachmentRemoved(a!.id, true);
    expect(find('addestramento')).toEqual([]);
    expect(store.checkSearchIndex({ deep: true }).ok).toBe(true);
  });
});
