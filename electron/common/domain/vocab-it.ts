/**
 * Italian labels of the domain vocabularies (vocab.ts), by stored code, for the interface (renderer/src/i18n) and the
 * reports (report-words.ts) alike: the codes stay as they
 * are in the register; only what a reader sees changes. One label per code, so a code shared by two lists (e.g.
 * `cancelled` for programmes and meetings, `observer` for every role list) reads right in both: meetings are
 * "incontri" (masculine) for that reason. tests/renderer/i18n/parity.test.ts checks every code has a label here.
 */
export const vocabIt: Record<string, string> = {
  // record kinds (used where the model speaks of a kind by its code)
  party: 'Parte',
  person: 'Persona',
  agreement: 'Accordo',
  working_group: 'Gruppo di lavoro',
  programme: 'Programma',
  meeting: 'Incontro',
  // agreement statuses
  proposed: 'Proposto',
  under_negotiation: 'In negoziazione',
  text_agreed: 'Testo concordato',
  signed: 'Firmato',
  awaiting_entry_into_force: 'In attesa di entrata in vigore',
  provisionally_applied: 'Applicato provvisoriamente',
  in_force: 'In vigore',
  suspended: 'Sospeso',
  expired: 'Scaduto',
  terminated: 'Cessato',
  superseded: 'Sostituito',
  // programme statuses
  concept: 'Ideazione',
  announced: 'Annunciato',
  negotiation: 'Negoziato',
  launched: 'Avviato',
  development: 'Sviluppo',
  production: 'Produzione',
  in_service: 'In servizio',
  on_hold: 'In attesa',
  closed: 'Concluso',
  cancelled: 'Annullato',
  // working group statuses
  established: 'Istituito',
  active: 'Attivo',
  dormant: 'Inattivo',
  dissolved: 'Sciolto',
  // meeting statuses
  planned: 'Programmato',
  held: 'Svolto',
  postponed: 'Rinviato',
  // party kinds
  state: 'Stato',
  ministry: 'Ministero',
  armed_service: 'Forza armata',
  agency: 'Agenzia',
  international_organisation: 'Organizzazione internazionale',
  company: 'Impresa',
  other: 'Altro',
  // agreement kinds
  treaty: 'Trattato',
  mou: 'Memorandum d’intesa',
  technical_arrangement: 'Intesa tecnica',
  implementing_arrangement: 'Intesa attuativa',
  letter_of_intent: 'Lettera d’intenti',
  exchange_of_notes: 'Scambio di note',
  framework_agreement: 'Accordo quadro',
  // cooperation areas
  training: 'Addestramento e formazione',
  research_and_development: 'Ricerca e sviluppo',
  procurement: 'Approvvigionamento',
  exercises: 'Esercitazioni',
  information_security: 'Sicurezza delle informazioni',
  logistics: 'Logistica',
  industrial_cooperation: 'Cooperazione industriale',
  defence_policy: 'Politica di difesa',
  intelligence: 'Informazioni e sicurezza',
  medical: 'Sanità',
  cyber: 'Difesa cibernetica',
  space: 'Spazio',
  // term kinds
  unknown: 'Non nota',
  fixed: 'Durata determinata',
  automatic_renewal: 'Rinnovo tacito',
  indefinite: 'Durata indeterminata',
  // agreement party roles
  signatory: 'Firmatario',
  beneficiary: 'Beneficiario',
  depositary: 'Depositario',
  observer: 'Osservatore',
  // party events
  signature: 'Firma',
  ratification: 'Ratifica',
  accession: 'Adesione',
  acceptance: 'Accettazione',
  approval: 'Approvazione',
  formal_confirmation: 'Conferma formale',
  succession: 'Successione',
  provisional_application: 'Applicazione provvisoria',
  entry_into_force: 'Entrata in vigore',
  withdrawal: 'Recesso',
  notification: 'Notifica',
  // links, and their inverses
  implements: 'Attua',
  amends: 'Modifica',
  supersedes: 'Sostituisce',
  merged_into: 'Confluito in',
  succeeds: 'Succede a',
  founded_by: 'Istituito da',
  related: 'Correlato a',
  implemented_by: 'Attuato da',
  amended_by: 'Modificato da',
  superseded_by: 'Sostituito da',
  absorbed: 'Ha assorbito',
  succeeded_by: 'Seguito da',
  founded: 'Ha istituito',
  // programme kinds
  research: 'Ricerca',
  // programme partner roles
  lead: 'Capofila',
  partner: 'Partner',
  strategic_partner: 'Partner strategico',
  prospective_partner: 'Partner potenziale',
  // working group roles
  co_chair: 'Co-presidente',
  member: 'Membro',
  // meeting kinds
  ministerial_bilateral: 'Bilaterale ministeriale',
  state_visit: 'Visita di Stato',
  jwg_session: 'Sessione del gruppo di lavoro congiunto',
  staff_talks: 'Colloqui tra Stati maggiori',
  call: 'Colloquio a distanza',
  conference: 'Conferenza',
  // action item states
  open: 'Aperta',
  done: 'Completata',
  dropped: 'Abbandonata',
};
