/**
 * A small register written through the real store (so the index is maintained by the real write
 * path) with records chosen to exercise every search rule: accents, case, Japanese, parties with
 * sub-parties, partial dates, statuses over time.
 */
import type { SearchFilters, SearchResult } from '../../../../../electron/common/domain/search';
import type { Db } from '../../../../../db/store/open';
import { createRecord } from '../../../../../db/store/records';
import { searchRecords } from '../../../../../electron/node/services/search/search';
import { openTempDb } from '../../../../support/temp-db';
import { Store } from '../../../../../db/store';

export interface Fixture {
  db: Db;
  file: string;
  ids: Record<
    | 'italy'
    | 'italianMod'
    | 'italianAirForce'
    | 'japan'
    | 'japaneseMod'
    | 'france'
    | 'kishi'
    | 'crosetto'
    | 'pilotMou'
    | 'logistics'
    | 'jwgMeeting'
    | 'parisTalks'
    | 'kishiCall'
    | 'tempest',
    string
  >;
}

export function buildFixture(): Fixture {
  const { db, file } = openTempDb();
  const make = (kind: Parameters<typeof createRecord>[1], input: unknown) => createRecord(db, kind, input).id;
  const italy = make('party', { name: 'Italy', nativeName: 'Italia', type: 'state' });
  const italianMod = make('party', {
    name: 'Italian Ministry of Defence',
    nativeName: 'Ministero della Difesa',
    type: 'ministry',
    parentId: italy,
  });
  const italianAirForce = make('party', {
    name: 'Italian Air Force',
    nativeName: 'Aeronautica Militare',
    type: 'armed_service',
    parentId: italianMod,
  });
  const japan = make('party', { name: 'Japan', nativeName: '日本', type: 'state' });
  const japaneseMod = make('party', {
    name: 'Ministry of Defense of Japan',
    nativeName: '防衛省',
    type: 'ministry',
    parentId: japan,
  });
  const france = make('party', { name: 'France', type: 'state' });
  const kishi = make('person', {
    name: 'Kishi Nobuo',
    nativeName: '岸信夫',
    roleTitle: 'Minister of Defense',
    partyId: japaneseMod,
  });
  const crosetto = make('person', { name: 'Guido Crosetto', roleTitle: 'Ministro della Difesa', partyId: italianMod });
  const pilotMou = make('agreement', {
    title: 'Memorandum on pilot training',
    type: 'mou',
    areas: ['training'],
    summary: 'Advanced training of Japanese pilots at the International Flight Training School (IFTS).',
    notes: 'La libertà di navigazione è fondamentale.',
    parties: [
      { partyId: italianAirForce, role: 'signatory' },
      { partyId: japan, role: 'signatory' },
    ],
    statusEvents: [
      { status: 'signed', date: '2019' },
      { status: 'in_force', date: 'March 2020' },
    ],
  });
  const logistics = make('agreement', {
    title: 'Logistics arrangement with France',
    type: 'technical_arrangement',
    areas: ['logistics'],
    summary: 'Mutual logistic support during exercises.',
    parties: [
      { partyId: italy, role: 'signatory' },
      { partyId: france, role: 'signatory' },
    ],
    statusEvents: [
      { status: 'under_negotiation', date: '2021' },
      { status: 'signed', date: '15 June 2022' },
    ],
  });
  const jwgMeeting = make('meeting', {
    title: 'Joint working group, third session',
    type: 'jwg_session',
    date: 'January 2021',
    participants: [{ partyId: italy }, { partyId: japan }],
    minutes: 'The joint working group discussed defence equipment. 防衛装備品の協力について議論した。',
    statusEvents: [{ status: 'held', date: 'January 2021' }],
  });
  const parisTalks = make('meeting', {
    title: 'Staff talks in Paris',
    type: 'staff_talks',
    date: '10 May 2019',
    place: 'Paris',
    participants: [{ partyId: italianMod }, { partyId: france }],
    minutes:
      'Discussed difesa aerea and the Tempest programme with the Armée de l’air. Training was not on the agenda.',
    outcomes: ['Further talks on logistics in autumn.'],
    statusEvents: [
      { status: 'planned', date: 'April 2019' },
      { status: 'held', date: '10 May 2019' },
    ],
  });
  const kishiCall = make('meeting', {
    title: 'Call with the Japanese minister',
    type: 'call',
    date: 'c. 2022',
    participants: [{ personId: kishi, partyId: japaneseMod }],
    summary: '訓練の日程を確認した。',
    minutes: 'Confirmed the 訓練 schedule. Mentioned the CAFÉ meeting and the Über-long agenda.',
    statusEvents: [{ status: 'held', date: 'c. 2022' }],
  });
  const tempest = make('programme', {
    name: 'Tempest',
    type: 'development',
    areas: ['industrial_cooperation'],
    description: 'Sixth generation combat air system.',
    partners: [
      { partyId: italy, role: 'partner' },
      { partyId: japan, role: 'strategic_partner' },
    ],
    milestones: [{ name: 'First flight', date: '2027' }],
    statusEvents: [{ status: 'development', date: '2018' }],
  });
  return {
    db,
    file,
    ids: {
      italy,
      italianMod,
      italianAirForce,
      japan,
      japaneseMod,
      france,
      kishi,
      crosetto,
      pilotMou,
      logistics,
      jwgMeeting,
      parisTalks,
      kishiCall,
      tempest,
    },
  };
}

/** Ids of the hits, in rank order. */
export function find(db: Db, query: string, filters?: SearchFilters, options: { typing?: boolean } = {}): string[] {
  return search(db, query, filters, options).hits.map((h) => h.id);
}

export function search(
  db: Db,
  query: string,
  filters?: SearchFilters,
  options: { typing?: boolean; datesAsText?: string[]; today?: string } = {},
): SearchResult {
  return searchRecords(Store.over(db), {
    query,
    ...(filters ? { filters } : {}),
    ...(options.typing ? { mode: 'typing' as const } : {}),
    ...(options.datesAsText ? { datesAsText: options.datesAsText } : {}),
    ...(options.today ? { today: options.today } : {}),
  });
}

/** A snippet as text with hits in [brackets]: easy to read in assertions. */
export function marked(segments: readonly { text: string; hit: boolean }[]): string {
  return segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');
}
