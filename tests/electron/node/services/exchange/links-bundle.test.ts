/** Issue 16 §4 in the exchange bundle: links of any kind, titles in other languages, place of signature; old shapes. */
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../../db/store';
import { createRecord, getRecord } from '../../../../../db/store/records';
import { bundleText, exportBundle, importBundleText } from '../../../../../electron/node/services/exchange';
import { openTempDb } from '../../../../support/temp-db';

function register() {
  const { db } = openTempDb();
  const gcap = createRecord(db, 'programme', { name: 'GCAP', type: 'development' });
  const tempest = createRecord(db, 'programme', {
    name: 'Tempest',
    type: 'development',
    links: [{ targetId: gcap.id, kind: 'merged_into' }],
  });
  const mou = createRecord(db, 'agreement', { title: 'MoU', type: 'mou' });
  const ta = createRecord(db, 'agreement', {
    title: 'Technical Arrangement',
    type: 'technical_arrangement',
    placeOfSignature: 'Rome',
    alternateTitles: [{ language: 'Japanese', title: '技術取決め' }],
    links: [{ targetId: mou.id, kind: 'implements' }],
  });
  return { db, gcap, tempest, mou, ta };
}

describe('exchange bundle: links and §4 fields', () => {
  it('carries a programme → programme link, titles in other languages and the place of signature', () => {
    const source = register();
    const target = openTempDb();
    importBundleText(Store.over(target.db), bundleText(exportBundle(Store.over(source.db))));
    expect(getRecord(target.db, 'programme', source.tempest.id).links).toEqual([
      { targetId: source.gcap.id, kind: 'merged_into' },
    ]);
    expect(getRecord(target.db, 'agreement', source.ta.id)).toMatchObject({
      placeOfSignature: 'Rome',
      alternateTitles: [{ language: 'Japanese', title: '技術取決め' }],
      links: [{ targetId: source.mou.id, kind: 'implements' }],
    });
  });

  it('imports a version-1 bundle with the old shape: agreement links only, no titles or place fields', () => {
    const source = register();
    const bundle = exportBundle(Store.over(source.db));
    const old = {
      ...bundle,
      version: 1,
      records: bundle.records.map((r) => {
        const { alternateTitles: _a, placeOfSignature: _p, links, ...rest } = r as Record<string, unknown>;
        return (r as { kind: string }).kind === 'agreement' ? { ...rest, links } : rest;
      }),
    };
    const target = openTempDb();
    importBundleText(Store.over(target.db), JSON.stringify(old));
    expect(getRecord(target.db, 'agreement', source.ta.id).links).toEqual([
      { targetId: source.mou.id, kind: 'implements' },
    ]);
    expect(getRecord(target.db, 'programme', source.tempest.id).links).toEqual([]);
  });
});
