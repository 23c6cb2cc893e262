import { describe, expect, it } from 'vitest';
import { detectType, extractText } from '../../../../../electron/node/services/attachments';
import {
  corruptPdf,
  disguisedProgram,
  docxFile,
  emailFile,
  imageOnlyPdf,
  PAGE2_ITALIAN,
  PAGE2_JAPANESE,
  twoPagePdf,
  zipBombDocx,
} from '../../../../support/attachment-fixtures';

describe('attachment types come from content, text comes out page by page', () => {
  it('reads a two-page PDF page by page: the Italian and Japanese text is on page 2 only', async () => {
    const bytes = await twoPagePdf();
    expect((await detectType(bytes, 'signed.pdf')).mediaType).toBe('application/pdf');
    const result = await extractText(bytes, 'application/pdf');
    expect(result.state).toBe('text');
    expect(result.pages.map((p) => p.page)).toEqual([1, 2]);
    expect(result.pages[0]!.text).not.toContain('addestramento');
    expect(result.pages[1]!.text).toContain(PAGE2_ITALIAN);
    expect(result.pages[1]!.text.replace(/\s/g, '')).toContain(PAGE2_JAPANESE);
  }, 60_000);

  it('marks a PDF without a text layer "no text (scanned)"', async () => {
    const result = await extractText(await imageOnlyPdf(), 'application/pdf');
    expect(result).toMatchObject({ state: 'scanned', pages: [] });
    expect(result.reason).toMatch(/No text \(scanned\).*OCR.*later step/);
  }, 60_000);

  it('reads a DOCX through mammoth, and refuses a zip bomb DOCX before inflating it', async () => {
    const docx = await docxFile('Minutes of the third session\nThe parties agreed on the annex.');
    const type = await detectType(docx, 'minutes.docx');
    expect(type).toMatchObject({ label: 'Word document (DOCX)', disguised: null });
    const text = await extractText(docx, type.mediaType);
    expect(text.state).toBe('text');
    expect(text.pages[0]!.text).toContain('agreed on the annex');
    const bomb = await extractText(await zipBombDocx(), type.mediaType);
    expect(bomb.state).toBe('refused');
    expect(bomb.reason).toMatch(/would unpack to \d+ MB \(a "zip bomb"\)/);
  }, 60_000);

  it('refuses a corrupt PDF with a reason, and names a disguised program as what it is', async () => {
    const corrupt = await extractText(corruptPdf(), 'application/pdf');
    expect(corrupt.state).toBe('refused');
    expect(corrupt.reason).toMatch(/The PDF is damaged/);
    const disguised = await detectType(disguisedProgram(), 'minutes.pdf');
    expect(disguised.mediaType).toBe('application/x-elf');
    expect(disguised.disguised).toBe('named .pdf, but its content is a Linux program');
    expect((await extractText(disguisedProgram(), disguised.mediaType)).state).toBe('none');
  }, 60_000);

  it('reads an e-mail (detected by its headers, whatever its name) and plain text', async () => {
    const type = await detectType(emailFile(), 'message.txt');
    expect(type.mediaType).toBe('message/rfc822');
    const mail = await extractText(emailFile(), type.mediaType);
    expect(mail.pages[0]!.text).toMatch(/Subject: Note verbale[\s\S]*entry into force/);
    expect((await detectType(new TextEncoder().encode('# Notes\nplain'), 'notes.md')).mediaType).toBe('text/markdown');
  });

  it('stops a file that takes too long, and one that needs too much memory, and says which', async () => {
    const slow = await extractText(await twoPagePdf(), 'application/pdf', { ms: 1, heapMb: 256 });
    expect(slow).toMatchObject({ state: 'refused', reason: expect.stringMatching(/took longer than/) });
    const hungry = await extractText(
      await docxFile('lorem ipsum dolor\n'.repeat(150_000)),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      { ms: 30_000, heapMb: 16 },
    );
    expect(hungry).toMatchObject({ state: 'refused', reason: expect.stringMatching(/more than 16 MB of memory/) });
  }, 120_000);
});
