/**
 * Messages made by the store and the contract reach an Italian user in Italian (issue 18): zod refusals with the
 * field's name, its row and the reason; store refusals (no such record, a reference of the wrong kind, a link
 * cycle, an edit of a stale version); the register's own failures (busy, read-only, damaged). Each goes through
 * the real dispatch() on a real SQLite file and the renderer's API client, and switching back to English shows the
 * English message again. A form refused by the contract shows the Italian reason beside its field.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { asAppError } from '../../../db/store/records';
import { api } from '../../../renderer/src/api/client';
import { RecordForm } from '../../../renderer/src/features/records/form/RecordFormPage';
import { emptyDraft } from '../../../renderer/src/features/records/form/convert';
import { setLanguageSetting } from '../../../renderer/src/i18n';
import { localizeError } from '../../../renderer/src/i18n/problems';
import type { Harness } from '../support/harness';
import { italianHarness, refusal } from '../support/italian';

const MISSING = '01JAAAAAAAAAAAAAAAAAAAAAAA';

const agreement = (draft: Record<string, unknown>) =>
  api.call('records.create', { kind: 'agreement', draft: { title: 'Accordo', type: 'mou', ...draft } } as never);

describe('store and contract messages in Italian', () => {
  const harness = italianHarness();
  let h: Harness;
  beforeEach(() => (h = harness()));

  it('words zod refusals with the field, its row and the reason', async () => {
    const required = await refusal(agreement({ title: '' }));
    expect(required.fields?.map((f) => f.message)).toEqual(['Titolo: campo obbligatorio']);
    expect(required.message).toBe('Dati non validi: Titolo: campo obbligatorio');

    const date = await refusal(agreement({ statusEvents: [{ status: 'signed', date: 'boh' }] }));
    expect(date.message).toMatch(/^Dati non validi: Evento di stato 1: Data: data non riconosciuta; scrivere/);

    const long = await refusal(agreement({ title: 'x'.repeat(501) }));
    expect(long.message).toBe('Dati non validi: Titolo: al massimo 500 caratteri');

    const type = await refusal(agreement({ type: 'treaty?' }));
    expect(type.message).toMatch(/^Dati non validi: Tipo: scegliere tra .*Memorandum d’intesa.*Scambio di note/);

    const unknown = await refusal(agreement({ sommario: 'x' }));
    expect(unknown.message).toBe(
      'Dati non validi: «sommario» non è un campo noto a Entente in draft e andrebbe perso: toglierlo o usare il nome del campo',
    );

    // The same error, read after a switch to English, says what the contract sent.
    act(() => setLanguageSetting('en'));
    expect(required.message).toBe('Title is required');
    expect(required.fields?.[0]?.message).toBe('Title is required');
  });

  it('words store refusals: no such record, wrong kind, a link cycle, a stale edit', async () => {
    const notFound = await refusal(api.call('records.get', { kind: 'agreement', id: MISSING }));
    expect(notFound.message).toBe(`Nessun record di tipo «accordo» con id ${MISSING}.`);

    const person = h.ctx.store.createRecord('person', { name: 'Mario Rossi' });
    const wrong = await refusal(agreement({ parentId: person.id }));
    expect(wrong.message).toBe(`Dati non validi: ${person.id} è di tipo «persona», non uno fra: Accordo`);

    const a = h.ctx.store.createRecord('agreement', { title: 'Primo', type: 'mou' });
    const b = h.ctx.store.createRecord('agreement', {
      title: 'Secondo',
      type: 'mou',
      links: [{ targetId: a.id, kind: 'supersedes' }],
    });
    const cycle = await refusal(
      api.call('records.update', {
        kind: 'agreement',
        id: a.id,
        draft: { title: 'Primo', type: 'mou', links: [{ targetId: b.id, kind: 'supersedes' }] },
      } as never),
    );
    expect(cycle.fields?.[0]?.message).toMatch(/^Collegamento 1: Questi collegamenti formerebbero un cerchio \(/);
    expect(cycle.message).toMatch(/«Primo» → «Secondo» → «Primo»|“Primo” → “Secondo” → “Primo”/);

    const stale = await refusal(
      api.call('records.update', {
        kind: 'agreement',
        id: b.id,
        expectedVersion: 99,
        draft: { title: 'Secondo', type: 'mou' },
      } as never),
    );
    expect(stale.message).toMatch(
      /^«Secondo» è stato modificato altrove \(versione 1, la tua modifica partiva dalla 99\)/,
    );
  });

  it('words the register’s own failures: busy, read-only, damaged', () => {
    const fail = (code: string) => localizeError(asAppError(Object.assign(new Error('x'), { code })).toInfo()).message;
    expect(fail('SQLITE_BUSY')).toMatch(
      /^Il registro è occupato da un’altra finestra o programma: non è stato salvato/,
    );
    expect(fail('SQLITE_READONLY')).toMatch(/^Il database è in sola lettura: non è stato salvato nulla/);
    expect(fail('SQLITE_CORRUPT')).toMatch(/^Il registro è danneggiato \(parti del file/);
  });

  it('a form refused by the contract shows the Italian reason at its field', async () => {
    h.render(<RecordForm kind="agreement" initial={emptyDraft('agreement')} />);
    const user = userEvent.setup();
    const [titolo] = await screen.findAllByLabelText(/^Titolo(?! breve)/);
    await user.click(titolo!);
    await user.paste('x'.repeat(501));
    await user.click(screen.getAllByRole('button', { name: 'Crea' })[0]!);
    expect((await screen.findAllByText(/Titolo: al massimo 500 caratteri/)).length).toBeGreaterThan(0);
    expect(screen.queryByText(/must be at most/)).toBeNull();
  });
});
