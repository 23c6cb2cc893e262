/**
 * "Trojan Source" (CVE-2021-42574; Unicode UTS #39): a title holding U+202E RIGHT-TO-LEFT OVERRIDE displays reversed
 * from there on, so what a reader sees is not what the register holds (fresh tester: "‮cod.exe" was accepted and
 * listed as "exe.doc"). At the contract, through the door the app and the preview API use: bidirectional controls
 * and zero-width characters are refused, the message naming the field and the character by name; Arabic, Persian
 * (with its ZWNJ) and Hebrew names, with their direction marks, save and read back unchanged.
 */
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../db/store';
import type { HandlerContext } from '../../../../electron/node/handlers/context';
import { dispatch } from '../../../../electron/node/handlers/dispatch';
import { openTempDb } from '../../../support/temp-db';

interface Reply {
  ok: boolean;
  value?: { id: string; title: string; summary: string };
  error?: { code: string; message: string; fields?: { path: string; message: string }[] };
}

function context(): HandlerContext {
  const { db } = openTempDb();
  return { store: Store.over(db), databaseFile: 't', transport: 'preview', appVersion: 't', host: {} };
}

const create = async (ctx: HandlerContext, draft: Record<string, unknown>) =>
  (await dispatch(
    ctx,
    'records.create' as never,
    { kind: 'agreement', draft: { type: 'mou', ...draft } } as never,
  )) as Reply;

describe('characters that disguise text', () => {
  it.each([
    ['\u202e', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['\u202a', 'U+202A LEFT-TO-RIGHT EMBEDDING'],
    ['\u2067', 'U+2067 RIGHT-TO-LEFT ISOLATE'],
    ['\u2069', 'U+2069 POP DIRECTIONAL ISOLATE'],
    ['\u200b', 'U+200B ZERO WIDTH SPACE'],
    // U+FEFF is white space to a single-line field (oneLine makes it one space); multi-line text refuses it.
  ])('a title with %j is refused, naming the field and the character', async (char, name) => {
    const ctx = context();
    const reply = await create(ctx, { title: `MoU ${char}cod.exe` });
    expect(reply.ok).toBe(false);
    expect(reply.error!.fields).toEqual([
      {
        path: 'draft.title',
        message: `Title contains ${name} at character 5, an invisible character that can make text read differently from what it holds: remove it and try again`,
        // The same refusal as data, for the window to say in its language (domain/words/problems.ts).
        key: 'zod.disguisingCharacter',
        values: { field: 'title', bad: `${name} at character 5` },
      },
    ]);
    expect(ctx.store.listRecords({ kind: 'agreement' })).toEqual([]);
  });

  it('a summary (multi-line text) is checked the same way', async () => {
    const reply = await create(context(), { title: 'MoU', summary: 'Line one\nabc\u202edef' });
    expect(reply.error?.message).toContain('Summary contains U+202E RIGHT-TO-LEFT OVERRIDE at character 13');
    const bom = await create(context(), { title: 'MoU', summary: 'Pasted\ufeff text' });
    expect(bom.error?.message).toContain(
      'Summary contains U+FEFF ZERO WIDTH NO-BREAK SPACE (byte order mark) at character 7',
    );
  });

  it('Arabic, Persian (ZWNJ) and Hebrew titles, with direction marks and emoji joiners, save unchanged', async () => {
    const ctx = context();
    for (const title of [
      'مذكرة تفاهم بشأن التعاون الدفاعي',
      'یادداشت تفاهم همکاری‌های دفاعی', // U+200C ZWNJ inside همکاری‌های
      'מזכר הבנות 2021\u200f (ישראל)', // RLM keeps the parenthesis on the right side
      'Joint team 👩\u200d💻',
    ]) {
      const reply = await create(ctx, { title });
      expect(reply).toMatchObject({ ok: true, value: { title } });
    }
  });
});
