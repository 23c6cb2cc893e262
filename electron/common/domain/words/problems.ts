/**
 * The wording of problems that the store and the contract report (issue 18), by the `key` an error carries
 * (domain/errors.ts `Worded`), in each language Entente ships. The store keeps writing its English `message` (the
 * CLI and logs read it); the renderer loads these tables into i18next as the `problems` namespace and words each
 * error in the window's language (renderer/src/i18n/problems.ts), and `sayProblem` is the one place that knows how
 * a key's values become words — fields, kinds, vocabulary options, rows, damage — whoever does the saying.
 */
import { rowStepsOf, type ProblemValues, type Worded } from '../errors';

const en = {
  invalid: 'Not valid: {{list}}',
  zod: {
    required: '{{field}} is required',
    wrongType: '{{field}} is not of the right type',
    tooSmall: '{{field}} must be at least {{min}}',
    tooBig: '{{field}} must be at most {{max}}',
    tooLong: '{{field}} must be at most {{max}} characters',
    tooMany: '{{field}} may hold at most {{max}} entries',
    choose: '{{field}}: choose one of {{options}}',
    notValid: '{{field}} is not valid',
    badDate: '{{field}}: not a date Entente can read; write e.g. "2019", "Jan 2021" or "15 Jan 2021"',
    badCharacter: '{{field}} contains {{bad}}: remove it and try again',
    disguisingCharacter:
      '{{field}} contains {{bad}}, an invisible character that can make text read differently from what it holds: remove it and try again',
    duplicateLink: 'This link is already listed: remove the copy',
    unknownField: '“{{name}}” is not a field Entente knows, so it would be lost: remove it or use the field’s own name',
    unknownFieldIn:
      '“{{name}}” is not a field Entente knows in {{in}}, so it would be lost: remove it or use the field’s own name',
  },
  store: {
    notFound: 'No {{kind}} with id {{id}}.',
    noRecord: 'No record with id {{id}}',
    selfReference: 'A record cannot refer to itself',
    wrongKind: '{{id}} is a {{kind}}, not one of: {{options}}',
    stale:
      '“{{title}}” was changed elsewhere (version {{version}}, you edited {{yours}}). Reload it and apply your change again.',
    staleDelete: '“{{title}}” was changed elsewhere. Reload it before deleting.',
    linkCycle:
      'These links would go round in a circle ({{link}}): {{chain}}. A record cannot reach itself through links of one kind; remove one of the links.',
    ownedElsewhere:
      'Nothing was saved. Entente is open on this register in another window ({{app}}, pid {{pid}}, since {{since}} UTC): this window can read it but not change it.',
    busy: 'The register is busy in another window or program: nothing was saved. Try again in a moment.',
    busyRead: 'The register is busy in another window or program: nothing was read. Try again in a moment.',
    readOnly: 'The database is read-only: nothing was saved. Check the file permissions or free the file.',
    readOnlyRead: 'The database is read-only and could not be read here. Check the file permissions.',
    diskFull: 'The disk is full: nothing was saved. Free some space and try again.',
    damaged:
      'The register is damaged (parts of the file were overwritten or cannot be read): nothing was saved. Run Data & backups ▸ Check, and restore the newest good backup.',
    closed: 'The register is closed: nothing was saved. Open it again and retry.',
    hasDependents:
      '“{{title}}” is still referred to by: {{list}}. Remove those references first, or delete and detach it.',
    bulkDependents:
      'Records outside the selection still refer to it ({{count}}): {{list}}. Delete and detach, or leave those records out.',
  },
  undo: {
    nothingToUndo: 'Nothing to undo: the last {{depth}} changes are already undone, or there are none.',
    nothingToRedo: 'Nothing to redo: redo is possible right after an undo, before any new change.',
    gone: 'Cannot {{step}}: the {{kind}} “{{title}}” no longer exists (it was deleted since). Nothing was changed.',
    changed:
      'Cannot {{step}}: the {{kind}} “{{title}}” was changed since (now version {{version}}). Nothing was changed.',
    back: 'Cannot {{step}}: a record with the id of the {{kind}} “{{title}}” exists again. Nothing was changed.',
    referred: 'Cannot {{step}}: {{list}} now refer to the {{kind}} “{{title}}”. Nothing was changed.',
    broken:
      'Cannot {{step}}: it would leave {{count}} reference(s) to records that no longer exist. Nothing was changed.',
    moved: 'The history changed before the {{step}} (another window or program wrote since). Look at the list again.',
  },
  step: { undo: 'undo', redo: 'redo' },
  /** Why a typed date is not one (domain/dates/problems.ts gives the values, already in the language). */
  date: {
    notADate: 'Not a date. Try "2019", "Jan 2021", "15 Jan 2021", "c. 2019" or "2019–2021".',
    needBothEnds: 'Give both ends, e.g. "2019–2021", or one: "from 2019", "until 2021".',
    dayFirst: 'There is no month {{m}}. Write the day first, e.g. {{example}}.',
    endsBeforeStart: 'The range ends before it starts.',
    years: 'Years must be between {{min}} and {{max}}.',
    century: 'A century starts in a year ending in 00, e.g. {{example}}s.',
    decade: 'A decade starts in a year ending in 0, e.g. {{example}}s.',
    noMonth: 'There is no month {{m}}.',
    noDay: 'There is no day {{d}}.',
    shortMonth: '{{month}} {{y}} has only {{max}} days.',
    eraBefore: '{{era}} began on {{day}}; {{described}} is before that.',
    eraAfter: '{{era}} ended on {{day}}; {{described}} is after that.',
    eraYear: '{{era}} {{n}}',
    eraMonth: '{{era}} {{n}}, month {{m}}',
    readAsYears: "“{{written}}” is read as the years {{year}}–{{end}}. For EDTF's {{season}}, write {{season}}.",
    edtfFor: '“{{written}}” is EDTF for {{season}}.',
  },
  app: { desktop: 'the Entente app', preview: 'the Entente preview', cli: 'an Entente command' },
  row: {
    participants: 'Participant {{n}}',
    parties: 'Party {{n}}',
    partners: 'Partner {{n}}',
    statusEvents: 'Status event {{n}}',
    sessions: 'Session {{n}}',
    phases: 'Phase {{n}}',
    milestones: 'Milestone {{n}}',
    actionItems: 'Action item {{n}}',
    links: 'Link {{n}}',
    events: 'party event {{n}}',
    topics: 'Topic {{n}}',
    outcomes: 'Outcome {{n}}',
    linkedIds: 'Linked record {{n}}',
    tags: 'Tag {{n}}',
  },
  field: {
    title: 'Title',
    shortTitle: 'Short title',
    name: 'Name',
    shortName: 'Short name',
    nativeName: 'Native name',
    familyName: 'Family name',
    type: 'Type',
    kind: 'Kind',
    status: 'Status',
    state: 'State',
    date: 'Date',
    start: 'Start',
    end: 'End',
    due: 'Due date',
    expires: 'Expiry date',
    roleFrom: 'In role from',
    roleTo: 'In role until',
    role: 'Role',
    roleTitle: 'Role',
    description: 'Description',
    summary: 'Summary',
    mandate: 'Mandate',
    minutes: 'Minutes',
    note: 'Note',
    notes: 'Notes',
    text: 'Text',
    place: 'Place',
    placeOfSignature: 'Place of signature',
    reference: 'Reference',
    source: 'Source',
    owner: 'Owner',
    language: 'Language',
    edition: 'Session number',
    durationMonths: 'Duration',
    noticeMonths: 'Notice',
    renewalMonths: 'Renewal',
    term: 'Term',
    areas: 'Cooperation areas',
    tags: 'Tags',
    partyId: 'Party',
    personId: 'Person',
    parentId: 'Parent',
    targetId: 'Linked record',
    meetingId: 'Meeting',
    foundingAgreementId: 'Founding agreement',
    foundingProgrammeId: 'Founding programme',
    id: 'Id',
  },
};

export type ProblemWords = typeof en;

const it: ProblemWords = {
  invalid: 'Dati non validi: {{list}}',
  zod: {
    required: '{{field}}: campo obbligatorio',
    wrongType: '{{field}}: tipo di valore non corretto',
    tooSmall: '{{field}}: almeno {{min}}',
    tooBig: '{{field}}: al massimo {{max}}',
    tooLong: '{{field}}: al massimo {{max}} caratteri',
    tooMany: '{{field}}: al massimo {{max}} voci',
    choose: '{{field}}: scegliere tra {{options}}',
    notValid: '{{field}}: valore non valido',
    badDate: '{{field}}: data non riconosciuta; scrivere ad es. «2019», «gen 2021» o «15 gen 2021»',
    badCharacter: '{{field}} contiene {{bad}}: toglierlo e riprovare',
    disguisingCharacter:
      '{{field}} contiene {{bad}}, un carattere invisibile che può far leggere il testo diversamente da ciò che contiene: toglierlo e riprovare',
    duplicateLink: 'Questo collegamento è già presente: eliminare il doppione',
    unknownField: '«{{name}}» non è un campo noto a Entente e andrebbe perso: toglierlo o usare il nome del campo',
    unknownFieldIn:
      '«{{name}}» non è un campo noto a Entente in {{in}} e andrebbe perso: toglierlo o usare il nome del campo',
  },
  store: {
    notFound: 'Nessun record di tipo «{{kind}}» con id {{id}}.',
    noRecord: 'Nessun record con id {{id}}',
    selfReference: 'Un record non può riferirsi a sé stesso',
    wrongKind: '{{id}} è di tipo «{{kind}}», non uno fra: {{options}}',
    stale:
      '«{{title}}» è stato modificato altrove (versione {{version}}, la tua modifica partiva dalla {{yours}}). Ricaricarlo e ripetere la modifica.',
    staleDelete: '«{{title}}» è stato modificato altrove. Ricaricarlo prima di eliminarlo.',
    linkCycle:
      'Questi collegamenti formerebbero un cerchio ({{link}}): {{chain}}. Un record non può ritornare a sé stesso con collegamenti dello stesso tipo; eliminarne uno.',
    ownedElsewhere:
      'Non è stato salvato nulla. Entente è aperto su questo registro in un’altra finestra ({{app}}, pid {{pid}}, dalle {{since}} UTC): questa finestra può leggerlo ma non modificarlo.',
    busy: 'Il registro è occupato da un’altra finestra o programma: non è stato salvato nulla. Riprovare tra un momento.',
    busyRead:
      'Il registro è occupato da un’altra finestra o programma: non è stato letto nulla. Riprovare tra un momento.',
    readOnly: 'Il database è in sola lettura: non è stato salvato nulla. Controllare i permessi del file o liberarlo.',
    readOnlyRead:
      'Il database è in sola lettura e non è stato possibile leggerlo qui. Controllare i permessi del file.',
    diskFull: 'Il disco è pieno: non è stato salvato nulla. Liberare spazio e riprovare.',
    damaged:
      'Il registro è danneggiato (parti del file sono state sovrascritte o non si possono leggere): non è stato salvato nulla. Eseguire Dati e backup ▸ Verifica e ripristinare il backup valido più recente.',
    closed: 'Il registro è chiuso: non è stato salvato nulla. Riaprirlo e riprovare.',
    hasDependents:
      '«{{title}}» è ancora richiamato da: {{list}}. Eliminare prima quei riferimenti, oppure scollegare ed eliminare.',
    bulkDependents:
      'Schede fuori dalla selezione che vi fanno ancora riferimento ({{count}}): {{list}}. Scollegare ed eliminare, oppure lasciare fuori quelle schede.',
  },
  undo: {
    nothingToUndo: 'Nulla da annullare: le ultime {{depth}} modifiche sono già annullate, oppure non ce ne sono.',
    nothingToRedo: 'Nulla da ripetere: si può ripetere subito dopo un annullamento, prima di ogni nuova modifica.',
    gone: 'Impossibile {{step}}: la scheda «{{title}}» ({{kind}}) non esiste più (è stata eliminata nel frattempo). Non è stato modificato nulla.',
    changed:
      'Impossibile {{step}}: la scheda «{{title}}» ({{kind}}) è stata modificata nel frattempo (ora versione {{version}}). Non è stato modificato nulla.',
    back: 'Impossibile {{step}}: esiste di nuovo una scheda con l’id di «{{title}}» ({{kind}}). Non è stato modificato nulla.',
    referred:
      'Impossibile {{step}}: «{{title}}» ({{kind}}) è ora richiamato da {{list}}. Non è stato modificato nulla.',
    broken:
      'Impossibile {{step}}: resterebbero {{count}} riferimenti a schede che non esistono più. Non è stato modificato nulla.',
    moved:
      'Lo storico è cambiato prima di {{step}} (un’altra finestra o un altro programma ha scritto nel frattempo): non è stato modificato nulla. Guardare di nuovo l’elenco.',
  },
  step: { undo: 'annullare', redo: 'ripetere' },
  date: {
    notADate: 'Data non riconosciuta. Scrivere ad es. «2019», «gen 2021», «15 gen 2021», «c. 2019» o «2019–2021».',
    needBothEnds: 'Indicare entrambi gli estremi, ad es. «2019–2021», oppure uno: «dal 2019», «fino al 2021».',
    dayFirst: 'Non esiste il mese {{m}}. Scrivere prima il giorno, ad es. {{example}}.',
    endsBeforeStart: 'L’intervallo finisce prima di cominciare.',
    years: 'L’anno deve essere compreso tra {{min}} e {{max}}.',
    century: 'Un secolo comincia con un anno che termina in 00, ad es. {{example}}.',
    decade: 'Un decennio comincia con un anno che termina in 0, ad es. {{example}}.',
    noMonth: 'Non esiste il mese {{m}}.',
    noDay: 'Non esiste il giorno {{d}}.',
    shortMonth: '{{month}} {{y}} ha solo {{max}} giorni.',
    eraBefore: 'L’era {{era}} è cominciata il {{day}}; {{described}} è precedente.',
    eraAfter: 'L’era {{era}} è finita il {{day}}; {{described}} è successivo.',
    eraYear: '{{era}} {{n}}',
    eraMonth: '{{era}} {{n}}, mese {{m}}',
    readAsYears: '«{{written}}» è letto come gli anni {{year}}–{{end}}. Per «{{season}}» in EDTF, scrivere {{season}}.',
    edtfFor: '«{{written}}» in EDTF significa {{season}}.',
  },
  app: { desktop: 'l’applicazione Entente', preview: 'l’anteprima di Entente', cli: 'un comando di Entente' },
  row: {
    participants: 'Partecipante {{n}}',
    parties: 'Parte {{n}}',
    partners: 'Partner {{n}}',
    statusEvents: 'Evento di stato {{n}}',
    sessions: 'Sessione {{n}}',
    phases: 'Fase {{n}}',
    milestones: 'Tappa {{n}}',
    actionItems: 'Azione {{n}}',
    links: 'Collegamento {{n}}',
    events: 'evento della parte {{n}}',
    topics: 'Argomento {{n}}',
    outcomes: 'Esito {{n}}',
    linkedIds: 'Record collegato {{n}}',
    tags: 'Etichetta {{n}}',
  },
  field: {
    title: 'Titolo',
    shortTitle: 'Titolo breve',
    name: 'Nome',
    shortName: 'Nome breve',
    nativeName: 'Nome originale',
    familyName: 'Cognome',
    type: 'Tipo',
    kind: 'Tipo',
    status: 'Stato',
    state: 'Stato',
    date: 'Data',
    start: 'Inizio',
    end: 'Fine',
    due: 'Scadenza',
    expires: 'Data di scadenza',
    roleFrom: 'Nel ruolo dal',
    roleTo: 'Nel ruolo fino al',
    role: 'Ruolo',
    roleTitle: 'Ruolo',
    description: 'Descrizione',
    summary: 'Sintesi',
    mandate: 'Mandato',
    minutes: 'Verbale',
    note: 'Nota',
    notes: 'Note',
    text: 'Testo',
    place: 'Luogo',
    placeOfSignature: 'Luogo della firma',
    reference: 'Riferimento',
    source: 'Fonte',
    owner: 'Responsabile',
    language: 'Lingua',
    edition: 'Numero della sessione',
    durationMonths: 'Durata',
    noticeMonths: 'Preavviso',
    renewalMonths: 'Rinnovo',
    term: 'Durata',
    areas: 'Aree di cooperazione',
    tags: 'Etichette',
    partyId: 'Parte',
    personId: 'Persona',
    parentId: 'Record superiore',
    targetId: 'Record collegato',
    meetingId: 'Incontro',
    foundingAgreementId: 'Accordo istitutivo',
    foundingProgrammeId: 'Programma di origine',
    id: 'Id',
  },
};

export const PROBLEM_WORDS = { en, it } as const;

/** Looks a problem key up in one language ("store.notFound"), filling {{values}}; undefined when there is none. */
export type Say = (key: string, values?: ProblemValues) => string | undefined;

/**
 * A problem in the words `say` gives (issue 18): its key filled with its values, the values that are words
 * translated first — `field` (the field's label; without one the English message stands), `kind`/`link` (a
 * vocabulary code, as `vocab` labels it, lower case), `options` (codes joined by "|", labelled and listed), `app`
 * (which Entente) — and, for a field error, the row it sits in ("Partecipante 2: …"). A problem without a key, or a
 * key `say` does not know, keeps its English message.
 */
export function sayProblem(problem: Worded & { path?: string }, say: Say, vocab: (code: string) => string): string {
  if (!problem.key) return problem.message;
  const values: ProblemValues = { ...problem.values };
  if (typeof values.field === 'string') {
    const label = say(`field.${values.field}`);
    if (label === undefined) return problem.message;
    values.field = label;
  }
  for (const name of ['kind', 'link'] as const)
    if (typeof values[name] === 'string') values[name] = vocab(String(values[name])).toLowerCase();
  if (typeof values.options === 'string') values.options = values.options.split('|').map(vocab).join(', ');
  if (typeof values.app === 'string') values.app = say(`app.${values.app}`) ?? values.app;
  if (typeof values.step === 'string') values.step = say(`step.${values.step}`) ?? values.step;
  const text = say(problem.key, values);
  if (text === undefined) return problem.message;
  const rows = problem.path ? rowStepsOf(problem.path).map(({ list, n }) => say(`row.${list}`, { n })) : [];
  if (rows.some((r) => r === undefined)) return problem.message;
  return rows.length ? `${rows.join(', ')}: ${text}` : text;
}

/**
 * A whole error in `say`'s words: its own key, or — for a refusal that lists field errors (`invalid`) — each field's
 * wording joined. The English message when nothing can be worded.
 */
export function sayError(
  info: Worded & { fields?: (Worded & { path: string })[] },
  say: Say,
  vocab: (code: string) => string,
): string {
  if (info.key === 'invalid' && info.fields?.length) {
    // At most five, like the English summary (handlers/dispatch.ts): a person reads it.
    const shown = info.fields.slice(0, 5).map((f) => sayProblem(f, say, vocab));
    const list = shown.join('; ') + (info.fields.length > 5 ? '; …' : '');
    return say('invalid', { list }) ?? info.message;
  }
  return sayProblem(info, say, vocab);
}
