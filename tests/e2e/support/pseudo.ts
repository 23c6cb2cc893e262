/**
 * The pseudo-locale check (issue 18): with the interface in the test language "pseudo", every string that went
 * through i18n reads ⟦…⟧. Whatever visible word is left once those are taken out came from somewhere else — a
 * hard-coded label, an English message — unless it is the register's own data (titles, names, places: record data
 * is not translated) or a date, which the date-words work owns.
 */
import type { Page } from 'playwright-core';
import { RECORD_KINDS } from '../../../electron/common/domain/vocab';
import { vocabCodes } from '../../../renderer/src/i18n/language';
import type { BrowserSession } from './browser';

/** Words of partial dates as shown today (formatPartialDate: "Jan 2021", "c. 2019", "unknown"); issue 18 item 4. */
const DATE_WORDS = new Set(
  'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec c unknown early mid late spring summer autumn winter Q H T s'.split(
    ' ',
  ),
);

/** Every word of the register's own data (string values of every record, except vocabulary codes). */
export async function dataWords(session: BrowserSession): Promise<Set<string>> {
  const codes = new Set(vocabCodes());
  const words = new Set<string>();
  const take = (value: unknown): void => {
    if (typeof value === 'string') {
      if (codes.has(value)) return;
      for (const w of value.match(/\p{L}[\p{L}'’]*/gu) ?? []) words.add(w);
    } else if (Array.isArray(value)) value.forEach(take);
    else if (value && typeof value === 'object') Object.values(value).forEach(take);
  };
  // The register's file name in the top bar ("entente.sqlite") is the user's own name for it.
  const info = await session.preview.call('app.info', {});
  if (info.ok) take((info.value as { databaseFile: string }).databaseFile.split(/[\\/]/).pop());
  for (const kind of RECORD_KINDS) {
    const list = await session.preview.call('records.list', { kind });
    if (!list.ok) throw new Error(list.error.message);
    for (const summary of list.value as { id: string }[]) {
      take(summary);
      const record = await session.preview.call('records.get', { kind, id: summary.id });
      if (record.ok) take(record.value);
      // Who made a change ("demo data", a user name) is recorded data too.
      const audit = await session.preview.call('records.audit', { id: summary.id });
      if (audit.ok) take((audit.value as { actor: string }[]).map((e) => e.actor));
    }
  }
  return words;
}

/**
 * The visible words on the page that did not come through i18n: body text, and the placeholder, aria-label and
 * title of visible elements, with every ⟦…⟧ (innermost first, as strings nest through interpolation) removed.
 */
export async function untranslatedWords(page: Page, allowed: Set<string>): Promise<string[]> {
  const text = await page.evaluate(() => {
    // Hidden helpers (Mantine's autosize measuring textarea) are not read by anyone.
    const visible = (el: Element) =>
      (el as HTMLElement).getClientRects().length > 0 && !el.closest('[aria-hidden="true"]');
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
      if (!visible(el)) continue;
      for (const a of ['placeholder', 'aria-label', 'title']) parts.push(el.getAttribute(a) ?? '');
    }
    return parts.join('\n');
  });
  let rest = text;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  // A title cut to fit ("…defence mi…", the chart's label column) leaves word pieces: data if a data word has them.
  const data = [...allowed];
  rest = rest.replace(/(\p{L}+)…|…(\p{L}+)/gu, (whole, head?: string, tail?: string) =>
    data.some((w) => (head ? w.startsWith(head) : w.endsWith(tail ?? ''))) ? ' ' : whole,
  );
  const words = rest.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  return [...new Set(words.filter((w) => !allowed.has(w) && !DATE_WORDS.has(w)))];
}

export { DATE_WORDS };
