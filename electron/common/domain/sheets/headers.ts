/**
 * Recognising columns by their header, in English and Italian: "Titolo", "Data firma", "Entrata in vigore", "Parti",
 * "Stato", "Tipo", "Note", "Date.of.Signature", "Membership"… Headers are folded (case, accents, dots and spaces do
 * not matter); an exact phrase wins, then phrases the header starts with, then the words it contains. A header
 * nothing recognises is left unmapped for the person to choose — never guessed from its values.
 */
import type { RecordKind } from '../vocab';
import type { SheetKind, Target, TextField } from './mapping';
import { foldText } from './table';
import { vocabKeys } from './values';

/** Which text fields each kind has (title is the name for programmes, working groups and parties). */
const TEXT_FIELDS_BY_KIND: Record<SheetKind, readonly TextField[]> = {
  agreement: ['title', 'shortTitle', 'type', 'reference', 'summary', 'notes', 'tags', 'areas', 'role'],
  meeting: ['title', 'type', 'place', 'summary', 'minutes', 'notes', 'tags'],
  programme: ['title', 'shortTitle', 'type', 'summary', 'notes', 'tags', 'areas', 'role'],
  working_group: ['title', 'shortTitle', 'summary', 'notes', 'tags', 'role'],
  party: ['title', 'shortTitle', 'nativeName', 'type', 'parent', 'aliases', 'notes', 'tags'],
};

/** Every target a column of a `kind` sheet may have, in the order the wizard lists them. */
export function targetsFor(kind: SheetKind): Target[] {
  const targets: Target[] = [{ field: 'ignore' }, { field: 'key' }, { field: 'id' }];
  for (const field of TEXT_FIELDS_BY_KIND[kind]) targets.push({ field });
  if (kind === 'party') return targets;
  // Parties without a role take the row's role column, else the kind's usual role (signatory, partner, member).
  targets.push({ field: 'parties' });
  for (const role of vocabKeys(kind, 'role')) targets.push({ field: 'parties', role });
  targets.push({ field: 'status' }, { field: 'statusSince' });
  if (kind === 'meeting') targets.push({ field: 'date' });
  for (const status of vocabKeys(kind, 'status')) targets.push({ field: 'event', status });
  if (kind === 'agreement') {
    targets.push({ field: 'expiry' });
    for (const event of ['signature', 'ratification', 'approval', 'entry_into_force', 'withdrawal', 'notification'])
      targets.push({ field: 'partyEvent', event: event as 'signature' });
  }
  return targets;
}

/** A stable text for a target ("event:in_force", "parties:signatory"): select values, map keys. */
export function targetId(target: Target): string {
  switch (target.field) {
    case 'parties':
      return target.role ? `parties:${target.role}` : 'parties';
    case 'event':
      return `event:${target.status}`;
    case 'partyEvent':
      return `partyEvent:${target.event}`;
    default:
      return target.field;
  }
}

export function targetFromId(id: string): Target | null {
  const [field, detail] = id.split(':');
  if (field === 'parties') return detail ? { field, role: detail } : { field };
  if (field === 'event' && detail) return { field, status: detail } as Target;
  if (field === 'partyEvent' && detail) return { field, event: detail } as Target;
  return detail === undefined && field ? ({ field } as Target) : null;
}

type Rule = readonly [target: string, phrases: readonly string[]];

/** Phrases per target id, folded. Status-date phrases are shared by the kinds that have that status. */
const RULES: readonly Rule[] = [
  ['id', ['entente id', 'entente record id', 'record id']],
  ['key', ['key', 'chiave', 'id', 'code', 'codice', 'identifier', 'identificativo', 'n', 'no', 'nr', 'num']],
  [
    'shortTitle',
    [
      'short title',
      'short name',
      'common name',
      'acronym',
      'abbreviation',
      'titolo breve',
      'nome breve',
      'sigla',
      'acronimo',
      'abbreviazione',
      'nome comune',
    ],
  ],
  ['nativeName', ['native name', 'nome originale', 'nome nativo', 'original name']],
  [
    'title',
    [
      'title',
      'titolo',
      'name',
      'nome',
      'full title',
      'titolo completo',
      'denominazione',
      'subject',
      'oggetto',
      'agreement',
      'accordo',
    ],
  ],
  [
    'reference',
    [
      'reference',
      'ref',
      'riferimento',
      'rif',
      'protocol',
      'protocollo',
      'protocol number',
      'numero di protocollo',
      'file number',
      'fascicolo',
      'treaty number',
      'number',
      'numero',
    ],
  ],
  [
    'type',
    [
      'type',
      'tipo',
      'kind',
      'tipologia',
      'category',
      'categoria',
      'agreement type',
      'tipo di accordo',
      'tipo accordo',
      'meeting type',
      'tipo incontro',
      'programme type',
      'party type',
      'tipo parte',
      'form',
      'forma',
    ],
  ],
  [
    'parties',
    [
      'parties',
      'party',
      'parti',
      'membership',
      'members',
      'membri',
      'countries',
      'country',
      'paesi',
      'paese',
      'stati',
      'nations',
      'counterpart',
      'counterparts',
      'controparte',
      'controparti',
      'participants',
      'partecipanti',
      'partners',
      'partner',
      'states',
      'contraenti',
      'parti contraenti',
    ],
  ],
  ['parties:signatory', ['signatories', 'firmatari', 'signatory', 'firmatario']],
  ['parties:depositary', ['depositary', 'depositario']],
  ['parties:lead', ['lead', 'lead nation', 'capofila']],
  ['parties:co_chair', ['co chairs', 'co chair', 'copresidenti', 'copresidenza']],
  ['role', ['role', 'ruolo', 'roles', 'ruoli']],
  [
    'areas',
    [
      'areas',
      'area',
      'cooperation areas',
      'cooperation area',
      'aree di cooperazione',
      'area di cooperazione',
      'settore',
      'settori',
      'ambito',
      'ambiti',
      'sector',
      'sectors',
      'field',
      'fields',
      'subject area',
    ],
  ],
  [
    'summary',
    [
      'summary',
      'sintesi',
      'description',
      'descrizione',
      'abstract',
      'riassunto',
      'mandate',
      'mandato',
      'scope',
      'scopo',
      'contenuto',
      'content',
      'purpose',
      'finalita',
    ],
  ],
  ['minutes', ['minutes', 'verbale', 'resoconto']],
  ['notes', ['notes', 'note', 'remarks', 'osservazioni', 'comments', 'commenti', 'annotazioni', 'comment']],
  ['tags', ['tags', 'tag', 'etichette', 'keywords', 'parole chiave', 'labels']],
  ['place', ['place', 'luogo', 'location', 'sede', 'city', 'citta', 'venue']],
  ['parent', ['parent', 'part of', 'belongs to', 'appartenenza', 'fa parte di', 'parent party', 'ente superiore']],
  ['aliases', ['aliases', 'alias', 'also known as', 'aka', 'altri nomi', 'other names']],
  [
    'status',
    [
      'status',
      'stato',
      'in force status',
      'current status',
      'stato attuale',
      'situazione',
      'stato di vigenza',
      'vigenza',
    ],
  ],
  ['statusSince', ['status date', 'data stato', 'status since', 'stato dal', 'data dello stato']],
  [
    'date',
    [
      'date',
      'data',
      'meeting date',
      'data incontro',
      'data riunione',
      'held on',
      'date held',
      'data svolgimento',
      'when',
      'quando',
    ],
  ],
  [
    'expiry',
    [
      'expiry',
      'expiry date',
      'expires',
      'expiration',
      'expiration date',
      'scadenza',
      'data scadenza',
      'data di scadenza',
      'valid until',
      'valido fino al',
      'end date',
      'data fine',
      'valid to',
      'termine',
    ],
  ],
  [
    'event:signed',
    [
      'signed',
      'date of signature',
      'signature date',
      'signature',
      'signed on',
      'date signed',
      'data firma',
      'data di firma',
      'data della firma',
      'firma',
      'firmato',
      'firmato il',
      'sottoscrizione',
      'data sottoscrizione',
    ],
  ],
  [
    'event:in_force',
    [
      'entry into force',
      'date of entry into force',
      'entry into force date',
      'in force',
      'in force since',
      'in force from',
      'eif',
      'effective date',
      'effective',
      'entrata in vigore',
      'data entrata in vigore',
      'data di entrata in vigore',
      'in vigore dal',
      'vigore',
      'in vigore',
    ],
  ],
  [
    'event:terminated',
    [
      'termination',
      'terminated',
      'date of termination',
      'termination date',
      'denuncia',
      'data denuncia',
      'cessazione',
      'data cessazione',
      'risoluzione',
      'withdrawal date',
      'recesso',
    ],
  ],
  ['event:expired', ['expired', 'expired on', 'scaduto', 'scaduto il']],
  ['event:proposed', ['proposed', 'proposal date', 'proposto', 'data proposta']],
  [
    'event:under_negotiation',
    [
      'negotiation start',
      'negotiations opened',
      'start of negotiation',
      'avvio negoziato',
      'inizio negoziato',
      'inizio negoziazione',
    ],
  ],
  [
    'event:text_agreed',
    ['text agreed', 'initialled', 'initialed', 'parafatura', 'data parafatura', 'testo concordato'],
  ],
  ['event:provisionally_applied', ['provisional application', 'provisionally applied', 'applicazione provvisoria']],
  ['event:suspended', ['suspended', 'suspension', 'sospensione', 'sospeso']],
  ['event:superseded', ['superseded', 'superseded on', 'sostituito', 'sostituito il']],
  [
    'event:established',
    [
      'established',
      'established on',
      'date established',
      'istituito',
      'istituito il',
      'data istituzione',
      'costituzione',
      'data costituzione',
    ],
  ],
  ['event:dissolved', ['dissolved', 'dissolved on', 'sciolto', 'scioglimento', 'data scioglimento']],
  ['event:held', ['held', 'tenuto', 'svolto']],
  ['event:cancelled', ['cancelled', 'canceled', 'cancellation', 'annullato', 'annullamento', 'cancellato']],
  ['event:postponed', ['postponed', 'rinviato', 'rinvio']],
  ['event:planned', ['planned', 'planned for', 'previsto', 'programmato', 'pianificato']],
  ['event:in_service', ['in service', 'in service date', 'entry into service', 'entrata in servizio', 'in servizio']],
  ['event:development', ['development start', 'start of development', 'inizio sviluppo']],
  ['event:production', ['production start', 'start of production', 'inizio produzione']],
  ['event:closed', ['closed', 'closure', 'chiusura', 'chiuso', 'concluso', 'data chiusura']],
  ['event:concept', ['concept', 'concept phase', 'fase concettuale']],
  [
    'partyEvent:ratification',
    ['ratification', 'ratification date', 'date of ratification', 'ratifica', 'data ratifica', 'data di ratifica'],
  ],
  ['partyEvent:approval', ['approval', 'approval date', 'approvazione', 'data approvazione']],
  ['partyEvent:notification', ['notification', 'notification date', 'notifica', 'data notifica']],
  [
    'ignore',
    [
      'updated',
      'last updated',
      'modified',
      'last change',
      'aggiornato',
      'ultima modifica',
      'problem',
      'problems',
      'row',
      'riga',
      'problema',
      // A list export's per-party date columns ("Japan 12 Jan 2021; UK 3 Mar 2021"): no one date column holds them.
      'signature counterpart',
      'ratification counterpart',
      'entry into force counterpart',
      'signature our side',
      'ratification our side',
      'entry into force our side',
    ],
  ],
];

/** Words inside a longer header that point at a status date ("Data della firma dell'accordo"). */
const KEYWORDS: readonly Rule[] = [
  ['event:in_force', ['entry into force', 'entrata in vigore', 'in force', 'in vigore']],
  ['event:signed', ['signature', 'signed', 'firma', 'sottoscrizione']],
  ['expiry', ['expiry', 'expiration', 'scadenza']],
  ['event:terminated', ['termination', 'denuncia', 'cessazione']],
  ['partyEvent:ratification', ['ratification', 'ratifica']],
  ['parties', ['parties', 'parti', 'countries', 'paesi', 'membership', 'partners']],
  ['title', ['title', 'titolo']],
  ['notes', ['notes', 'note']],
];

const EXACT = new Map<string, string[]>();
for (const [target, phrases] of RULES)
  for (const phrase of phrases) EXACT.set(phrase, [...(EXACT.get(phrase) ?? []), target]);

function allowed(kind: SheetKind): Set<string> {
  return new Set(targetsFor(kind).map(targetId));
}

/**
 * The target a header names for a `kind` sheet, or null when nothing recognises it. "id" is an Entente id only
 * when written "Entente ID"; a bare "ID" or "Code" is the sheet's own key.
 */
export function recogniseHeader(kind: SheetKind, header: string): Target | null {
  const folded = foldText(header)
    .replace(/[()[\]:#*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (folded === '') return null;
  const fits = allowed(kind);
  const pick = (ids: readonly string[] | undefined) => ids?.find((id) => fits.has(id));
  const exact = pick(EXACT.get(folded));
  if (exact) return targetFromId(exact);
  for (const [target, phrases] of KEYWORDS) {
    if (!fits.has(target)) continue;
    if (phrases.some((p) => ` ${folded} `.includes(` ${p} `))) return targetFromId(target);
  }
  return null;
}

/**
 * A first mapping of the header row: each column's recognised target, with one column per single-valued field (the
 * first header naming a field takes it; later ones are left for the person). Date orders are not set here.
 */
export function guessTargets(kind: SheetKind, header: readonly string[]): (Target | null)[] {
  const taken = new Set<string>();
  const repeatable = (t: Target) => t.field === 'parties' || t.field === 'ignore' || t.field === 'tags';
  return header.map((h) => {
    const target = recogniseHeader(kind, h);
    if (!target) return null;
    const id = targetId(target);
    if (!repeatable(target) && taken.has(id)) return null;
    taken.add(id);
    return target;
  });
}

/** Kinds whose vocabulary decides which status-date targets exist. */
export function kindHasStatus(kind: RecordKind): boolean {
  return kind !== 'party' && kind !== 'person';
}
