/**
 * Small attachment files made in the test (never copied from elsewhere): PDFs printed by Chromium (a two-page
 * signed text whose page 2 is Italian and Japanese, an image-only "scan"), a DOCX made with the docx package, a
 * corrupt PDF, a disguised file, a zip bomb DOCX (a central directory declaring gigabytes), an e-mail.
 */
import { Document, Packer, Paragraph } from 'docx';
import { printHtmlToPdf, type PdfLayout } from '../../electron/node/services/pdf';

const layout: PdfLayout = {
  pageSize: 'A4',
  headerTemplate: '<span></span>',
  footerTemplate: '<span></span>',
  marginsMm: { top: 15, bottom: 15, left: 15, right: 15 },
};

/** Words that appear only on page 2 of the signed PDF. */
export const PAGE2_ITALIAN = 'addestramento congiunto dei piloti';
export const PAGE2_JAPANESE = '共同訓練';

export async function twoPagePdf(): Promise<Uint8Array> {
  return printHtmlToPdf(
    `<!doctype html><html><body style="font-family: sans-serif">
      <h1>Technical Arrangement</h1><p>Signed at Rome. Article 1: scope of cooperation.</p>
      <div style="page-break-before: always"></div>
      <h2>Article 7</h2>
      <p>Le Parti promuovono l'${PAGE2_ITALIAN} dell'Aeronautica Militare.</p>
      <p lang="ja">両当事者は${PAGE2_JAPANESE}を推進する。</p>
    </body></html>`,
    layout,
  );
}

/** A "scan": a page whose only content is a picture (a gradient drawn by CSS, rasterised), no text layer. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const svg = encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#ddd"/><path d="M20 40h300M20 80h260M20 120h340" stroke="#333" stroke-width="8"/></svg>',
  );
  return printHtmlToPdf(
    `<!doctype html><html><body><img alt="" src="data:image/svg+xml,${svg}" style="width:100%"></body></html>`,
    layout,
  );
}

export async function docxFile(text: string): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph(line)) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A valid DOCX whose ZIP directory declares ~4 GB per member: what a zip bomb looks like before inflating. */
export async function zipBombDocx(): Promise<Uint8Array> {
  const bytes = await docxFile('harmless looking');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 46 <= bytes.length; at++)
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0xfffffff0, true);
  return bytes;
}

export const corruptPdf = (): Uint8Array =>
  new TextEncoder().encode(
    '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\n%%garbage\x00\x01\x02 no xref\n',
  );

/** An ELF program (its magic bytes and a header) named like a PDF. */
export function disguisedProgram(): Uint8Array {
  const bytes = new Uint8Array(256);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  bytes[16] = 2;
  bytes[18] = 0x3e;
  return bytes;
}

export const emailFile = (): Uint8Array =>
  new TextEncoder().encode(
    [
      'From: Desk Officer <desk@example.org>',
      'To: Embassy <embassy@example.org>',
      'Subject: Note verbale on the exchange of notes',
      'Date: Mon, 11 Jan 2021 10:00:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'The Ministry presents its compliments and confirms the entry into force.',
      '',
    ].join('\r\n'),
  );
