/**
 * Issue 18's leftovers: refusals about dependents and the undo/redo refusals reach an Italian user in Italian, the
 * records they name worded as the delete dialog words them (kind, title, relation). Each goes through the real
 * dispatch() on a real SQLite file and the renderer's API client; switching back to English shows the English.
 */
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '../../../renderer/src/api/client';
import { setLanguageSetting } from '../../../renderer/src/i18n';
import { italianHarness, refusal } from '../support/italian';

describe('dependents and undo refusals in Italian', () => {
  const harness = italianHarness();

  it('a delete refused for the records that refer to it names them in Italian', async () => {
    const h = harness();
    const store = h.ctx.store;
    const parent = store.createRecord('agreement', { title: 'Accordo quadro', type: 'framework_agreement' });
    store.createRecord('agreement', { title: 'Intesa tecnica', type: 'technical_arrangement', parentId: parent.id });
    const one = await refusal(api.call('records.delete', { kind: 'agreement', id: parent.id }));
    expect(one.code).toBe('HAS_DEPENDENTS');
    expect(one.message).toBe(
      '«Accordo quadro» è ancora richiamato da: accordo «Intesa tecnica» (accordo derivato). Eliminare prima quei riferimenti, oppure scollegare ed eliminare.',
    );

    const bulk = await refusal(api.call('records.bulk', { action: 'delete', ids: [parent.id] }));
    expect(bulk.message).toBe(
      'Schede fuori dalla selezione che vi fanno ancora riferimento (1): accordo «Intesa tecnica» (accordo derivato). Scollegare ed eliminare, oppure lasciare fuori quelle schede.',
    );

    act(() => setLanguageSetting('en'));
    expect(one.message).toMatch(/^“Accordo quadro” is still referred to by: agreement “Intesa tecnica”/);
  });

  it('undo and redo refusals say why in Italian', async () => {
    const nothing = await refusal(api.call('history.undo', {}));
    expect(nothing.message).toBe(
      'Nulla da annullare: le ultime 50 modifiche sono già annullate, oppure non ce ne sono.',
    );
    const noRedo = await refusal(api.call('history.redo', {}));
    expect(noRedo.message).toMatch(/^Nulla da ripetere: si può ripetere subito dopo un annullamento/);

    const h = harness();
    const store = h.ctx.store;
    const party = store.createRecord('party', { name: 'Unione europea', type: 'international_organisation' });
    store.updateRecord('party', party.id, { ...store.getRecord('party', party.id), notes: 'mia' } as never);
    // Another program writes the record without going through the audit trail (e.g. an old tool).
    h.db.prepare(`UPDATE parties SET notes = 'loro' WHERE id = ?`).run(party.id);
    const changed = await refusal(api.call('history.undo', {}));
    expect(changed.message).toBe(
      'Impossibile annullare: la scheda «Unione europea» (parte) è stata modificata nel frattempo (ora versione 2). Non è stato modificato nulla.',
    );
    const moved = await refusal(api.call('history.undo', { expectedChangeId: 1_000_000 }));
    expect(moved.message).toMatch(/^Lo storico è cambiato prima di annullare/);

    act(() => setLanguageSetting('en'));
    expect(changed.message).toMatch(/^Cannot undo .*: the party “Unione europea” was changed since/);
  });
});
