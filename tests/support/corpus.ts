/**
 * A seeded, deterministic corpus for the search benchmark: parties and people, N meetings of
 * about 1.5 KB of mixed English / Italian / Japanese text each, and agreements. Rows go in with
 * plain SQL in bulk transactions (the store's own column helpers for dates) — the benchmark
 * then builds the search index with the store's own rebuild, so what is timed is exactly the
 * index build a real database gets.
 */
import { ulid } from 'ulid';
import type { Db } from '../../db/store/open';
import { dateColumns } from '../../db/store/sql';
import { prng } from '../support/random';

/** mulberry32 (tests/support/random.ts): same seed → same corpus. */
export const random = prng;

const STATES: [string, string][] = [
  ['Italy', 'Italia'],
  ['Japan', '日本'],
  ['France', 'France'],
  ['Germany', 'Deutschland'],
  ['United Kingdom', ''],
  ['United States', ''],
  ['Spain', 'España'],
  ['Australia', ''],
  ['India', 'भारत'],
  ['Republic of Korea', '대한민국'],
  ['Netherlands', 'Nederland'],
  ['Poland', 'Polska'],
];
const SERVICES = ['Army', 'Navy', 'Air Force'];

/**
 * Text is drawn from Zipf-distributed vocabularies (a few words very common, most rare, as in
 * real prose): English-like, Italian and Japanese. The benchmark's query terms are injected at
 * stated rates per meeting, so each query has a known, realistic selectivity:
 *   cooperation 35 %, training 10 %, maritime 10 %, navigation 6 %, "joint working group" 5 %,
 *   difesa/difese 12 %, 訓練 6 %, 防衛装備 3 %, hypersonic 0.2 %.
 */
export const RATES = {
  cooperation: 0.35,
  training: 0.1,
  maritime: 0.1,
  navigation: 0.06,
  jwg: 0.05,
  difesa: 0.12,
  kunren: 0.06,
  boeisobi: 0.03,
  hypersonic: 0.002,
} as const;

const EN_STOP =
  'the of and to in a on for with by was were that as at is be from this it an are which their its also between both will has have'.split(
    ' ',
  );
const EN_DOMAIN = (
  'defence ministry delegation officials agreed meeting programme security regional exchange officers staff talks ' +
  'exercise logistics procurement research development industry equipment capability interoperability information arrangement ' +
  'memorandum understanding implementation review progress priorities plan session annual bilateral multilateral forces navy army ' +
  'air personnel visit minister secretary director colonel commander partnership framework strategy policy dialogue budget schedule ' +
  'draft proposal report briefing contract supply maintenance support medical cyber space satellite sensor radar aircraft vessel'
).split(' ');
const SYLLABLES =
  'ka ri to men sel dor pla vi na ter gu lo san bre cu fi mar den sol va pe ron tu li ges bo ra ne qui del ost ump ar en is'.split(
    ' ',
  );
const IT_WORDS = (
  'il la di e che per con del della nel sono una alla delle tra anche sicurezza cooperazione ministero formazione ' +
  'esercitazione collaborazione industria settore accordo riunione delegazione priorità libertà città attività capacità stabilità ' +
  'navigazione sviluppo ricerca marittima strategico dialogo programma comune regione paesi parti'
).split(' ');
const KANJI =
  '防衛省協力会議訓練装備技術安全保障海洋地域交流計画情報航空自隊陸上部作業両国日本伊太利政府外務大臣次回確認合意強化継続推進'.split(
    '',
  );
const KANA = [
  'の',
  'は',
  'を',
  'に',
  'が',
  'と',
  'で',
  'について',
  'に関する',
  'した',
  'する',
  'された',
  'ことを',
  'において',
];

/** Precomputed cumulative Zipf weights; pick by binary search. */
function zipf<T>(words: readonly T[], rnd: () => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  words.forEach((_, i) => cumulative.push((total += 1 / (i + 1))));
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

function vocabulary(rnd: () => number): { en: () => string; it: () => string; ja: () => string } {
  const invented = new Set<string>();
  while (invented.size < 6000) {
    const n = 2 + Math.floor(rnd() * 3);
    invented.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join(''));
  }
  // Stop words first (most frequent), then the domain vocabulary, then the long tail.
  const en = zipf([...EN_STOP, ...EN_DOMAIN, ...invented], rnd);
  const it = zipf(IT_WORDS, rnd);
  const compounds: string[] = [];
  for (let i = 0; i < 1500; i++)
    compounds.push(
      KANJI[Math.floor(rnd() * KANJI.length)]! +
        KANJI[Math.floor(rnd() * KANJI.length)]! +
        (rnd() < 0.3 ? KANJI[Math.floor(rnd() * KANJI.length)]! : ''),
    );
  const ja = zipf(
    compounds.filter((c) => !c.includes('訓練') && !c.includes('防衛装')),
    rnd,
  );
  return { en, it, ja };
}

export interface CorpusIds {
  parties: string[];
  japan: string;
  italy: string;
}

export interface CorpusOptions {
  meetings: number;
  agreements: number;
  seed: number;
}

export function generateCorpus(db: Db, options: CorpusOptions): CorpusIds {
  const rnd = random(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const now = new Date('2025-06-01T00:00:00Z').toISOString();
  const ins = (sql: string) => db.prepare(sql);
  const record = ins('INSERT INTO records (id, kind, created_at, updated_at, version) VALUES (?, ?, ?, ?, 1)');
  const party = ins(
    'INSERT INTO parties (id, name, short_name, native_name, kind, parent_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const person = ins(
    'INSERT INTO people (id, name, family_name, native_name, role_title, party_id, role_from, role_to, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const meeting =
    ins(`INSERT INTO meetings (id, title, kind, date, date_sort, date_from, date_to, place, summary, minutes, notes)
    VALUES (@id, @title, @kind, @date, @date_sort, @date_from, @date_to, @place, @summary, @minutes, @notes)`);
  const participant = ins(
    'INSERT INTO meeting_participants (meeting_id, position, person_id, party_id, role) VALUES (?, ?, ?, ?, ?)',
  );
  const topic = ins('INSERT INTO meeting_topics (meeting_id, position, topic) VALUES (?, ?, ?)');
  const outcome = ins('INSERT INTO meeting_outcomes (meeting_id, position, text) VALUES (?, ?, ?)');
  const status =
    ins(`INSERT INTO status_events (id, record_id, status, date, date_sort, date_from, date_to, note, source, position)
    VALUES (@id, @record_id, @status, @date, @date_sort, @date_from, @date_to, @note, '', @position)`);
  const agreement = ins(
    `INSERT INTO agreements (id, title, short_title, kind, reference, summary, notes) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const agreementParty = ins(
    'INSERT INTO agreement_parties (id, agreement_id, party_id, role, position) VALUES (?, ?, ?, ?, ?)',
  );
  const area = ins('INSERT INTO record_areas (record_id, area, position) VALUES (?, ?, ?)');

  const states: string[] = [];
  const allParties: string[] = [];
  const peopleByState: string[][] = [];
  db.transaction(() => {
    STATES.forEach(([name, native], s) => {
      const id = ulid();
      record.run(id, 'party', now, now);
      party.run(id, name, '', native, 'state', null, '');
      const mod = ulid();
      record.run(mod, 'party', now, now);
      party.run(
        mod,
        `Ministry of Defence of ${name}`,
        `${name.slice(0, 3).toUpperCase()} MoD`,
        s === 1 ? '防衛省' : '',
        'ministry',
        id,
        '',
      );
      states.push(id);
      allParties.push(id, mod);
      for (const service of SERVICES) {
        const sid = ulid();
        record.run(sid, 'party', now, now);
        party.run(sid, `${name} ${service}`, '', '', 'armed_service', mod, '');
        allParties.push(sid);
      }
      const people: string[] = [];
      for (let p = 0; p < 25; p++) {
        const pid = ulid();
        record.run(pid, 'person', now, now);
        person.run(
          pid,
          `Officer ${name.split(' ')[0]} ${p + 1}`,
          `${name.split(' ')[0]}${p + 1}`,
          '',
          pick(['Director', 'Colonel', 'Captain', 'Counsellor']),
          mod,
          'XXXX',
          'XXXX',
          '',
        );
        people.push(pid);
      }
      peopleByState.push(people);
    });
  }).immediate();

  const vocab = vocabulary(rnd);
  const sentence = (words: number, inject: string[] = []) => {
    const list = Array.from({ length: words }, () => vocab.en());
    for (const word of inject) list.splice(Math.floor(rnd() * list.length), 0, word);
    const text = list.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
  const italian = (inject: string[] = []) => {
    const list = Array.from({ length: 10 + Math.floor(rnd() * 8) }, () => vocab.it());
    for (const word of inject) list.splice(Math.floor(rnd() * list.length), 0, word);
    const text = list.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
  const japanese = (inject: string[] = []) => {
    const parts: string[] = [];
    for (let k = 0; k < 5; k++) parts.push(vocab.ja(), KANA[Math.floor(rnd() * KANA.length)]!);
    for (const word of inject) parts.splice(2 * Math.floor(rnd() * 5), 0, word);
    return parts.join('') + '。';
  };
  const chance = (p: number) => rnd() < p;
  const BATCH = 5000;
  for (let start = 0; start < options.meetings; start += BATCH) {
    db.transaction(() => {
      for (let i = start; i < Math.min(options.meetings, start + BATCH); i++) {
        const a = Math.floor(rnd() * rnd() * STATES.length);
        let b = Math.floor(rnd() * STATES.length);
        if (b === a) b = (a + 1) % STATES.length;
        const year = 2000 + Math.floor(rnd() * 26);
        const month = 1 + Math.floor(rnd() * 12);
        const r = rnd();
        const date =
          r < 0.6
            ? `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`
            : r < 0.9
              ? `${year}-${String(month).padStart(2, '0')}`
              : `${year}`;
        const id = ulid();
        const kind = pick(['staff_talks', 'jwg_session', 'ministerial_bilateral', 'call', 'conference']);
        const en = [
          chance(RATES.cooperation) ? 'cooperation' : '',
          chance(RATES.training) ? 'training' : '',
          chance(RATES.maritime) ? 'maritime' : '',
          chance(RATES.navigation) ? 'navigation' : '',
          chance(RATES.jwg) ? 'joint working group' : '',
          chance(RATES.hypersonic) ? 'hypersonic' : '',
        ].filter(Boolean);
        const it = chance(RATES.difesa) ? [pick(['difesa', 'difese'])] : [];
        const ja = [chance(RATES.kunren) ? '訓練' : '', chance(RATES.boeisobi) ? '防衛装備' : ''].filter(Boolean);
        const minutes = [
          ...Array.from({ length: 7 }, (_, k) => sentence(14 + Math.floor(rnd() * 8), k === 0 ? en : [])),
          italian(it),
          italian(),
          ...Array.from({ length: 3 }, (_, k) => japanese(k === 0 ? ja : [])),
        ].join(' ');
        record.run(id, 'meeting', now, now);
        meeting.run({
          id,
          title: `${STATES[a]![0]}–${STATES[b]![0]} ${kind.replace(/_/g, ' ')}: ${sentence(4).slice(0, -1).toLowerCase()}`,
          kind,
          ...dateColumns('date', date),
          place: pick(['Rome', 'Tokyo', 'Paris', 'Berlin', 'London', 'Washington', 'Madrid', 'Canberra']),
          summary: `${sentence(16)} ${sentence(14)}`,
          minutes,
          notes: chance(0.3) ? sentence(12) : '',
        });
        participant.run(id, 0, null, allParties[a * 5 + 1], 'host');
        participant.run(id, 1, null, allParties[b * 5 + 1], 'guest');
        participant.run(id, 2, pick(peopleByState[a]!), null, 'head of delegation');
        for (let k = 0; k < 3; k++) topic.run(id, k, sentence(3).slice(0, -1));
        for (let k = 0; k < 2; k++) outcome.run(id, k, sentence(8));
        status.run({
          id: ulid(),
          record_id: id,
          status: year < 2025 ? 'held' : 'planned',
          ...dateColumns('date', date),
          note: '',
          position: 0,
        });
      }
    }).immediate();
  }

  const AGREEMENT_KINDS = [
    'mou',
    'technical_arrangement',
    'implementing_arrangement',
    'letter_of_intent',
    'framework_agreement',
  ];
  const AREAS = [
    'training',
    'research_and_development',
    'procurement',
    'exercises',
    'information_security',
    'logistics',
    'industrial_cooperation',
  ];
  for (let start = 0; start < options.agreements; start += BATCH) {
    db.transaction(() => {
      for (let i = start; i < Math.min(options.agreements, start + BATCH); i++) {
        const a = Math.floor(rnd() * STATES.length);
        const b = (a + 1 + Math.floor(rnd() * (STATES.length - 1))) % STATES.length;
        const id = ulid();
        const kind = pick(AGREEMENT_KINDS);
        record.run(id, 'agreement', now, now);
        const inject = [
          chance(RATES.cooperation) ? 'cooperation' : '',
          chance(RATES.training) ? 'training' : '',
        ].filter(Boolean);
        agreement.run(
          id,
          `Arrangement between ${STATES[a]![0]} and ${STATES[b]![0]} concerning ${sentence(3).slice(0, -1).toLowerCase()}`,
          '',
          kind,
          `REF-${i}`,
          `${sentence(18, inject)} ${italian(chance(RATES.difesa) ? ['difesa'] : [])} ${japanese(chance(RATES.kunren) ? ['訓練'] : [])}`,
          chance(0.2) ? italian() : '',
        );
        agreementParty.run(ulid(), id, allParties[a * 5 + 1], 'signatory', 0);
        agreementParty.run(ulid(), id, allParties[b * 5 + 1], 'signatory', 1);
        area.run(id, pick(AREAS), 0);
        const year = 1995 + Math.floor(rnd() * 30);
        status.run({
          id: ulid(),
          record_id: id,
          status: 'signed',
          ...dateColumns('date', String(year)),
          note: '',
          position: 0,
        });
        if (rnd() < 0.6)
          status.run({
            id: ulid(),
            record_id: id,
            status: 'in_force',
            ...dateColumns('date', String(year + 1)),
            note: 'Entered into force.',
            position: 1,
          });
      }
    }).immediate();
  }
  return { parties: allParties, japan: states[1]!, italy: states[0]! };
}
