/** Reports list a record's documents (name, kind, date, hash prefix) in the record's row: data, HTML/PDF and JSON. */
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../../db/store';
import { loadSeedArticle } from '../../../../../db/demo/seed-article';
import { assembleReport, renderReportHtml } from '../../../../../electron/node/services/reports';
import { openTempDb } from '../../../../support/temp-db';

describe('reports: attachments', () => {
  it("lists a record's attachments under it, and not a removed one", () => {
    const { db } = openTempDb();
    const ids = loadSeedArticle(db);
    const store = Store.over(db);
    const [signed, draft] = store.addAttachments(ids.technicalArrangement, [
      { fileName: 'TA signed.pdf', bytes: new TextEncoder().encode('%PDF-1.7 signed'), mediaType: 'application/pdf' },
      { fileName: 'old draft.docx', bytes: new TextEncoder().encode('draft'), mediaType: 'text/plain' },
    ]);
    store.updateAttachment(signed!.id, { title: 'Signed text', kind: 'signed_text', date: 'Jan 2021' });
    store.setAttachmentRemoved(draft!.id, true);
    const data = assembleReport(store, { partyIds: [ids.italy, ids.japan] });
    const ta = data.records.find((r) => r.id === ids.technicalArrangement)!;
    expect(ta.attachments).toEqual([
      {
        title: 'Signed text',
        fileName: 'TA signed.pdf',
        kindLabel: 'Signed text',
        date: 'Jan 2021',
        hashPrefix: signed!.versions[0]!.sha256.slice(0, 12),
      },
    ]);
    const html = renderReportHtml(data);
    expect(html).toContain(
      `Attachments: Signed text “Signed text” (TA signed.pdf), Jan 2021, SHA-256 ${signed!.versions[0]!.sha256.slice(0, 12)}…`,
    );
    expect(html).not.toContain('old draft.docx');
  });
});
