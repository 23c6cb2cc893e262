/**
 * English and Italian say the same things: every key of every namespace exists in both (plural forms included),
 * each key interpolates the same {{variables}}, and every vocabulary code the model can show has an Italian label.
 * A key added to en.ts without its Italian fails here, naming the key.
 */
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/src/i18n';
import { vocabCodes } from '../../../renderer/src/i18n/language';
import { vocabIt } from '../../../electron/common/domain/vocab-it';
// The feature namespaces register their English when their module loads.
import '../../../renderer/src/features/attachments/strings';
import '../../../renderer/src/features/reports/strings';
import '../../../renderer/src/features/safety/strings';
import '../../../renderer/src/features/search/strings';

// `native`: Electron main's menus and dialogs; `problems`: the store's and contract's messages; `cli`: the command
// line's words (all three in electron/common/domain/words).
const NAMESPACES = ['common', 'search', 'safety', 'attachments', 'reports', 'native', 'problems', 'cli'];

/** key path → string, for every leaf of a bundle. */
function flatten(bundle: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries((bundle ?? {}) as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('en and it', () => {
  it.each(NAMESPACES)('namespace %s: the same keys in both languages', (ns) => {
    const en = flatten(i18n.getResourceBundle('en', ns));
    const itBundle = flatten(i18n.getResourceBundle('it', ns));
    expect(en.size, `English ${ns} bundle loaded`).toBeGreaterThan(5); // `cli` has six
    const missing = [...en.keys()].filter((k) => !itBundle.has(k));
    const extra = [...itBundle.keys()].filter((k) => !en.has(k));
    expect({ missingInItalian: missing, notInEnglish: extra }).toEqual({ missingInItalian: [], notInEnglish: [] });
  });

  it.each(NAMESPACES)('namespace %s: each key interpolates the same {{variables}}', (ns) => {
    const en = flatten(i18n.getResourceBundle('en', ns));
    const itBundle = flatten(i18n.getResourceBundle('it', ns));
    const differing = [...en]
      .filter(([key, text]) => itBundle.has(key) && variables(text).join() !== variables(itBundle.get(key)!).join())
      .map(([key, text]) => ({ key, en: variables(text), it: variables(itBundle.get(key)!) }));
    expect(differing).toEqual([]);
  });

  it('every non-empty English string has an Italian translation that is not empty', () => {
    const empty: string[] = [];
    for (const ns of NAMESPACES) {
      const en = flatten(i18n.getResourceBundle('en', ns));
      const itBundle = flatten(i18n.getResourceBundle('it', ns));
      for (const [key, text] of en) if (text !== '' && !itBundle.get(key)?.trim()) empty.push(`${ns}:${key}`);
    }
    expect(empty).toEqual([]);
  });

  it('every vocabulary code of the model has an Italian label, and stored codes stay codes', () => {
    const codes = vocabCodes();
    expect(codes).toContain('exchange_of_notes');
    expect(codes.filter((c) => !vocabIt[c])).toEqual([]);
    expect(Object.keys(vocabIt).filter((c) => !codes.includes(c))).toEqual([]);
    const t = i18n.getFixedT('it');
    expect(t('vocab.mou')).toBe('Memorandum d’intesa');
    expect(t('vocab.exchange_of_notes')).toBe('Scambio di note');
    expect(t('vocab.entry_into_force')).toBe('Entrata in vigore');
  });

  it('plurals go through i18next in Italian', () => {
    const t = i18n.getFixedT('it');
    expect(t('list.count', { count: 1 })).toBe('1 scheda');
    expect(t('list.count', { count: 3 })).toBe('3 schede');
    expect(t('fields.notice', { count: 1 })).toBe('preavviso di 1 mese');
    expect(t('fields.notice', { count: 6 })).toBe('preavviso di 6 mesi');
  });
});
