/**
 * A hit's snippet is labelled by the field it was cut from (fresh tester: searching a party by its name printed
 * "Name: State" — the type's text under the name's label, because a match in the title alone showed the first other
 * field as context while still naming the title's field).
 */
import { describe, expect, it } from 'vitest';
import { Store } from '../../../../../db/store';
import { loadSeedArticle } from '../../../../../db/demo/seed-article';
import { openDatabase } from '../../../../../db/store/open';
import { createRecord } from '../../../../../db/store/records';
import { runCli } from '../../../../../electron/node/cli/main';
import { fieldsOf } from '../../../../../electron/node/services/search/snippets';
import { searchRecords } from '../../../../../electron/node/services/search/search';
import { tempDbFile } from '../../../../support/temp-db';

describe('the label of a search snippet', () => {
  it('CLI search for a party by name labels the context it shows by its own field', async () => {
    const file = tempDbFile();
    const db = openDatabase(file);
    createRecord(db, 'party', { name: 'Ruritania', type: 'state' });
    db.close();
    const out: string[] = [];
    await runCli(['search', 'Ruritania', '--db', file], { out: (t) => out.push(t), err: () => {} });
    expect(out.join('\n')).toContain('   Type: State');
    expect(out.join('\n')).not.toContain('Name: State');
  });

  it('property: on a whole register, every snippet is text of the field it is labelled with', () => {
    const file = tempDbFile();
    const db = openDatabase(file);
    loadSeedArticle(db);
    const store = Store.over(db);
    const stored = db.prepare('SELECT fields FROM search_docs WHERE record_id = ?');
    const words = ['Italy', 'Japan', 'Tempest', 'Ministry', 'working', 'group', 'technology', 'defence', '2021', 'air'];
    let checked = 0;
    for (const query of words) {
      for (const hit of searchRecords(store, { query, datesAsText: [query] }).hits) {
        const label = hit.snippetField ?? hit.field;
        const text = hit.snippet
          .map((s) => s.text)
          .join('')
          .replace(/^… /, '')
          .replace(/ …$/, '');
        if (label === null || text === '' || hit.attachment) continue;
        const fields = fieldsOf((stored.get(hit.id) as { fields: string }).fields);
        const named = fields.find((f) => f.name === label);
        if (!named) continue; // a dated thing (spans): its snippet is the date itself
        // Lines of a field read " · " in a snippet.
        const source = named.text.replace(/\n/g, ' · ');
        expect({ query, id: hit.title, label, inField: source.includes(text) }).toEqual({
          query,
          id: hit.title,
          label,
          inField: true,
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
