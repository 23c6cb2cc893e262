/**
 * Whatever is typed, search answers with hits, a note, or one clear message: never an FTS5
 * syntax error, never a crash. Seeded random strings over an alphabet rich in FTS5 syntax,
 * quotes, operators, CJK, accents and control characters, through the contract's dispatch.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/node/handlers/dispatch';
import type { HandlerContext } from '../../../../../electron/node/handlers/context';
import { random } from '../../../../support/corpus';
import { buildFixture } from './fixture';
import { Store } from '../../../../../db/store';

const PIECES = [
  '"',
  '“',
  '”',
  '(',
  ')',
  '*',
  '-',
  '!',
  '^',
  '+',
  ':',
  '{',
  '}',
  '[',
  ']',
  "'",
  ';',
  '\\',
  '/',
  '|',
  '&',
  '~',
  '%',
  '_',
  'OR',
  'AND',
  'NOT',
  'NEAR',
  'NEAR(',
  'or',
  'not',
  'title',
  'body',
  'facets',
  'dates',
  'rank',
  'MATCH',
  ' ',
  ' ',
  ' ',
  '\t',
  '\n',
  '\u0000',
  '\u200b',
  '\u001e',
  '\u001d',
  'tempest',
  'ifts',
  'training',
  'japan',
  'libertà',
  'CAFÉ',
  'Über',
  '2021',
  '2019-2021',
  'Jan',
  '15/01/2021',
  'y2021',
  'xkmeeting',
  '防衛',
  '省',
  '訓練',
  'の',
  'ガ',
  'ｶﾞ',
  '한국',
  '🙂',
  '𝐀',
  'ﬁ',
  '①',
  'e\u0301',
];

/** Separators the index text uses internally; they must never reach a snippet. */
const INDEX_MARKERS = ['\u001d', '\u001e', '\u200b'];

function randomQuery(rnd: () => number): string {
  const length = Math.floor(rnd() * 12);
  let out = '';
  for (let i = 0; i < length; i++) out += PIECES[Math.floor(rnd() * PIECES.length)];
  return out;
}

describe('fuzzing the search box', () => {
  it('2,000 random queries: every answer is a result or a VALIDATION message, never an internal error', async () => {
    const { db } = buildFixture();
    const ctx: HandlerContext = {
      store: Store.over(db),
      databaseFile: 'fuzz',
      transport: 'preview',
      appVersion: 'test',
      host: {},
    };
    const rnd = random(4242);
    const failures: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const query = randomQuery(rnd);
      for (const [name, input] of [
        [
          'search.query',
          {
            query,
            mode: rnd() < 0.5 ? 'typing' : 'exact',
            ...(rnd() < 0.3 ? { filters: { kinds: ['meeting'] } } : {}),
          },
        ],
        ['search.quick', { query }],
      ] as const) {
        const reply = await dispatch(ctx, name, input);
        if (!reply.ok && reply.error.code !== 'VALIDATION')
          failures.push(`${JSON.stringify(query)} → ${reply.error.code}: ${reply.error.message}`);
        if (!reply.ok && /fts5|syntax error|SQLITE/i.test(reply.error.message))
          failures.push(`${JSON.stringify(query)} leaked: ${reply.error.message}`);
        if (reply.ok) {
          const value = reply.value as { hits: { snippet: { text: string }[] }[] };
          for (const hit of value.hits) {
            for (const segment of hit.snippet)
              if (INDEX_MARKERS.some((m) => segment.text.includes(m)))
                failures.push(`${JSON.stringify(query)}: index markers in a snippet`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('a query at the length limit, and one beyond it', async () => {
    const { db } = buildFixture();
    const ctx: HandlerContext = {
      store: Store.over(db),
      databaseFile: 'fuzz',
      transport: 'preview',
      appVersion: 'test',
      host: {},
    };
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`)
      .join(' ')
      .slice(0, 500);
    const atLimit = await dispatch(ctx, 'search.query', { query: long });
    expect(atLimit.ok).toBe(true);
    expect(atLimit.ok && (atLimit.value as { notes: string[] }).notes.join(' ')).toMatch(
      /Only the first 32 terms were used/,
    );
    const tooLong = await dispatch(ctx, 'search.query', { query: 'x'.repeat(501) });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'A search can be at most 500 characters' },
    });
  });
});
