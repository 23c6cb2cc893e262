/**
 * Reading vocabulary values written in a sheet: "MoU", "Memorandum d'intesa", "in vigore", "Firmatario". Each
 * vocabulary key is recognised by its key, its English label and the English and Italian words registers use for it.
 * A value that matches nothing is reported (the wizard asks, the CLI's mapping file can say), never guessed.
 */
import {
  AGREEMENT_KINDS,
  AGREEMENT_PARTY_ROLES,
  COOPERATION_AREAS,
  MEETING_KINDS,
  PARTY_KINDS,
  PROGRAMME_KINDS,
  PROGRAMME_PARTNER_ROLES,
  STATUSES,
  WORKING_GROUP_PARTY_ROLES,
  labelOf,
  type RecordKind,
} from '../vocab';
import { foldText } from './table';

/** Words for each key beyond its key and English label (folded: lower case, no accents). */
const WORDS: Record<string, readonly string[]> = {
  // agreement types
  treaty: ['trattato', 'convention', 'convenzione'],
  mou: [
    'memorandum of understanding',
    "memorandum d'intesa",
    'memorandum di intesa',
    "protocollo d'intesa",
    'memorandum',
  ],
  technical_arrangement: ['accordo tecnico', 'intesa tecnica', 'ta'],
  implementing_arrangement: ['accordo attuativo', 'accordo di attuazione', 'intesa attuativa', 'ia'],
  letter_of_intent: ['loi', 'lettera di intenti', "lettera d'intenti", "dichiarazione d'intenti"],
  exchange_of_notes: ['scambio di note', 'exchange of letters', 'scambio di lettere'],
  framework_agreement: ['accordo quadro', 'framework'],
  other: ['altro', 'altri', 'other'],
  // meeting types
  ministerial_bilateral: [
    'ministerial',
    'bilateral meeting',
    'incontro ministeriale',
    'bilaterale ministeriale',
    'bilaterale',
  ],
  state_visit: ['visita di stato', 'official visit', 'visita ufficiale'],
  jwg_session: ['jwg', 'joint working group', 'gruppo di lavoro congiunto', 'gruppo di lavoro'],
  staff_talks: ['colloqui tra stati maggiori', 'staff talk', 'colloqui'],
  call: ['videocall', 'video call', 'phone call', 'telefonata', 'videoconference', 'videoconferenza', 'vtc'],
  conference: ['conferenza', 'convegno', 'summit', 'vertice'],
  // programme types
  development: ['sviluppo'],
  procurement: ['acquisizione', 'acquisizioni', 'approvvigionamento'],
  industrial_cooperation: ['cooperazione industriale'],
  research: ['ricerca'],
  training: ['addestramento', 'formazione'],
  // party types
  state: ['stato', 'country', 'paese', 'nation', 'nazione'],
  ministry: ['ministero', 'department', 'dipartimento'],
  armed_service: ['forza armata', 'forze armate', 'armed forces', 'service'],
  agency: ['agenzia', 'ente'],
  international_organisation: [
    'international organization',
    'organizzazione internazionale',
    'io',
    'organisation',
    'organization',
  ],
  company: ['azienda', 'impresa', 'societa', 'industry', 'industria', 'firm'],
  // cooperation areas
  research_and_development: ['r&d', 'r & d', 'rd', 'ricerca e sviluppo'],
  exercises: ['esercitazioni', 'esercitazione', 'exercise'],
  information_security: [
    'sicurezza delle informazioni',
    'infosec',
    'classified information',
    'informazioni classificate',
  ],
  logistics: ['logistica'],
  defence_policy: ['defense policy', 'politica di difesa', 'politica della difesa', 'policy'],
  intelligence: ['informazioni'],
  medical: ['sanita', 'medicina', 'sanitario', 'health'],
  cyber: ['cyber defence', 'cyber defense', 'cibernetica'],
  space: ['spazio'],
  // roles
  signatory: ['firmatario', 'firmataria', 'signer', 'party'],
  beneficiary: ['beneficiario', 'beneficiaria'],
  depositary: ['depositario', 'depository'],
  observer: ['osservatore', 'osservatrice'],
  lead: ['capofila', 'lead nation', 'leader'],
  partner: ['partner'],
  strategic_partner: ['partner strategico'],
  prospective_partner: ['partner potenziale', 'candidate partner'],
  co_chair: ['copresidente', 'co presidente', 'cochair', 'co chair'],
  member: ['membro', 'membri', 'participant', 'partecipante'],
  // statuses
  proposed: ['proposto', 'proposta', 'proposal'],
  under_negotiation: ['in negoziazione', 'in negoziato', 'negotiating', 'in negotiation', 'negoziato'],
  text_agreed: ['testo concordato', 'parafato', 'initialled', 'initialed'],
  signed: ['firmato', 'firmata', 'sottoscritto', 'concluded'],
  awaiting_entry_into_force: [
    'in attesa di entrata in vigore',
    'awaiting ratification',
    'pending ratification',
    'in ratifica',
  ],
  provisionally_applied: ['applicato provvisoriamente', 'provisional application', 'applicazione provvisoria'],
  in_force: ['in vigore', 'vigente', 'in force', 'active', 'effective', 'valid', 'valido'],
  suspended: ['sospeso', 'sospesa'],
  expired: ['scaduto', 'scaduta', 'lapsed'],
  terminated: ['terminato', 'terminata', 'denunciato', 'denunciata', 'cessato', 'cessata', 'withdrawn', 'risolto'],
  superseded: ['sostituito', 'sostituita', 'superato', 'superata', 'replaced'],
  concept: ['concetto', 'concept phase', 'studio'],
  negotiation: ['negoziazione', 'negoziato'],
  production: ['produzione'],
  in_service: ['in servizio', 'operational', 'operativo'],
  on_hold: ['sospeso', 'in pausa', 'paused'],
  closed: ['chiuso', 'chiusa', 'concluso', 'conclusa', 'completed', 'completato'],
  cancelled: ['annullato', 'annullata', 'canceled', 'cancellato', 'cancellata'],
  established: ['istituito', 'istituita', 'costituito', 'set up'],
  dormant: ['inattivo', 'inattiva', 'dormiente', 'inactive'],
  dissolved: ['sciolto', 'sciolta', 'disbanded'],
  planned: ['previsto', 'prevista', 'programmato', 'programmata', 'pianificato', 'scheduled'],
  held: ['tenuto', 'tenuta', 'svolto', 'svolta', 'tenutosi', 'tenutasi', 'done', 'completed'],
  postponed: ['rinviato', 'rinviata', 'posticipato', 'posticipata', 'deferred'],
};

export type VocabName = 'type' | 'area' | 'role' | 'status';

/** The keys a value of `vocab` may take for records of `kind`. */
const VOCABS: Record<VocabName, Partial<Record<RecordKind, readonly string[]>>> = {
  area: { agreement: COOPERATION_AREAS, programme: COOPERATION_AREAS },
  type: { agreement: AGREEMENT_KINDS, meeting: MEETING_KINDS, programme: PROGRAMME_KINDS, party: PARTY_KINDS },
  role: {
    agreement: AGREEMENT_PARTY_ROLES,
    programme: PROGRAMME_PARTNER_ROLES,
    working_group: WORKING_GROUP_PARTY_ROLES,
  },
  status: STATUSES,
};

/** The keys a value of `vocab` may take for records of `kind` (none: the kind has no such field). */
export function vocabKeys(kind: RecordKind, vocab: VocabName): readonly string[] {
  return VOCABS[vocab][kind] ?? [];
}

const memo = new Map<string, Map<string, string>>();

function lookupTable(kind: RecordKind, vocab: VocabName): Map<string, string> {
  const id = `${kind}:${vocab}`;
  let table = memo.get(id);
  if (!table) {
    table = new Map();
    const keys = vocabKeys(kind, vocab);
    // Keys and labels first, then the extra words: an extra word never shadows another key's own name.
    for (const key of keys) {
      table.set(foldText(key.replace(/_/g, ' ')), key);
      table.set(foldText(labelOf(key)), key);
    }
    for (const key of keys) for (const word of WORDS[key] ?? []) if (!table.has(word)) table.set(word, key);
    memo.set(id, table);
  }
  return table;
}

/** The vocabulary key `text` names, or null. Case, accents, dots and dashes do not matter ("In-Force", "in vigore"). */
export function matchVocab(kind: RecordKind, vocab: VocabName, text: string): string | null {
  const folded = foldText(text);
  if (folded === '') return null;
  const table = lookupTable(kind, vocab);
  const exact = table.get(folded);
  if (exact) return exact;
  // Types are often written longer than the vocabulary ("Memorandum of Understanding on training"): a known
  // multi-letter phrase at the start of the value decides, the longest first.
  if (vocab === 'type') {
    let best: [string, string] | null = null;
    for (const [word, key] of table) {
      if (word.length < 4 || key === 'other') continue;
      if ((folded.startsWith(`${word} `) || folded === word) && (!best || word.length > best[0].length))
        best = [word, key];
    }
    return best?.[1] ?? null;
  }
  return null;
}

/** Splits a list cell ("Training; R&D / Logistics") into its items. */
export function splitList(text: string): string[] {
  return text
    .split(/[;,/\n|]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
