/**
 * A tab or line break typed or pasted into a single-line field (a title, a name) is white space, not part of the
 * name (fresh tester: a title pasted from a table kept its tab, and lists, search and exports showed it). At the
 * contract, through the door the app uses: single-line fields collapse white space runs to one space and trim;
 * multi-line fields (notes, summaries) keep their breaks and tabs.
 */
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../../electron/node/handlers/context';
import { openTempDb } from '../../../support/temp-db';
import { callOk, handlerContext } from '../../../support/handlers';

const call = (ctx: HandlerContext, channel: string, input: unknown) => callOk(ctx, channel, input);

describe('single-line fields at the contract', () => {
  it('an agreement: tabs and breaks in title, short title and place become one space; the summary keeps its lines', async () => {
    const { db } = openTempDb();
    const ctx = handlerContext(db);
    const made = await call(ctx, 'records.create', {
      kind: 'agreement',
      draft: {
        title: '  Accordo\tquadro\r\n  Italia–Giappone ',
        shortTitle: 'AQ\n2021',
        placeOfSignature: 'Roma,\t\tPalazzo Chigi',
        type: 'mou',
        summary: 'Line one\n\tindented line two',
      },
    });
    expect([made.title, made.shortTitle, made.placeOfSignature]).toEqual([
      'Accordo quadro Italia–Giappone',
      'AQ 2021',
      'Roma, Palazzo Chigi',
    ]);
    expect(made.summary).toBe('Line one\n\tindented line two');
    // The same on an edit, and what is read back is what was stored.
    const { id, kind: _k, createdAt: _c, updatedAt: _u, version, ...draft } = made;
    const edited = await call(ctx, 'records.update', {
      kind: 'agreement',
      id,
      expectedVersion: version,
      draft: { ...draft, title: 'Accordo\u2028quadro  (rev.)' },
    });
    expect(edited.title).toBe('Accordo quadro (rev.)');
    expect((await call(ctx, 'records.get', { kind: 'agreement', id })).title).toBe('Accordo quadro (rev.)');
  });

  it('a party name: collapsed, but an ideographic space chosen on purpose stays; notes keep tabs', async () => {
    const { db } = openTempDb();
    const ctx = handlerContext(db);
    const party = await call(ctx, 'records.create', {
      kind: 'party',
      draft: { name: '防衛省\u3000防衛装備庁\n(ATLA)', shortName: ' ATLA\t', type: 'state', notes: 'a\tb\nc' },
    });
    expect([party.name, party.shortName, party.notes]).toEqual(['防衛省\u3000防衛装備庁 (ATLA)', 'ATLA', 'a\tb\nc']);
  });
});
