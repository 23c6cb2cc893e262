/**
 * A register as a desk officer's looks after years of use (issue 13): Italy's side (the state, its Ministry of
 * Defence and three armed services) and 20 counterpart states, each with a ministry and an air force; 300
 * agreements whose long titles differ only at the end, with per-party signatures, ratifications and entry into
 * force, many in force since the 1990s (no "ratification outstanding" for those); 50 working groups; 1,000
 * meetings, among them the January 2021 Italy–Japan training working-group session; open action items, notice
 * periods and planned meetings around `today`, so the dashboard has real upcoming items. Written through the
 * store's write path (search index, audit) in one transaction; deterministic for a given `today`.
 */
import { addDays, addMonthsToDay } from '../../electron/common/domain/day-math';
import type { Db } from '../../db/store/sql';
import { createRecord } from '../../db/store/records';

const COUNTRIES = [
  'Japan',
  'France',
  'Germany',
  'United Kingdom',
  'United States',
  'Spain',
  'Australia',
  'India',
  'Republic of Korea',
  'Netherlands',
  'Poland',
  'Brazil',
  'Canada',
  'Greece',
  'Portugal',
  'Norway',
  'Sweden',
  'Turkey',
  'Egypt',
  'Qatar',
];
const FIELDS = [
  'defence training and education',
  'defence equipment and technology',
  'the protection of classified information',
  'logistics support',
  'military medicine',
  'cyber defence',
  'space situational awareness',
  'maritime security',
  'research and development',
  'search and rescue',
  'joint exercises',
  'pilot training',
  'armaments cooperation',
  'military geography',
  'defence industry',
];

export interface TreatyRegister {
  italy: string;
  italianParties: string[];
  countries: { name: string; id: string; ministry: string; airForce: string }[];
  agreements: string[];
  /** Agreements with Japan (any of Japan's bodies). */
  japanAgreements: string[];
  workingGroups: string[];
  meetings: number;
  /** The January 2021 Italy–Japan training working-group session. */
  japanTrainingSession: string;
  records: number;
}

export function generateTreatyRegister(db: Db, today: string): TreatyRegister {
  let records = 0;
  const make = (kind: Parameters<typeof createRecord>[1], input: unknown): string => {
    records++;
    return createRecord(db, kind, input).id;
  };
  const build = db.transaction(() => {
    const italy = make('party', { name: 'Italy', nativeName: 'Italia', type: 'state' });
    const mod = make('party', { name: 'Ministry of Defence of Italy', type: 'ministry', parentId: italy });
    const services = ['Italian Air Force', 'Italian Navy', 'Italian Army'].map((name) =>
      make('party', { name, type: 'armed_service', parentId: mod }),
    );
    const countries = COUNTRIES.map((name) => {
      const id = make('party', { name, type: 'state' });
      const ministry = make('party', { name: `Ministry of Defence of ${name}`, type: 'ministry', parentId: id });
      const airForce = make('party', { name: `${name} Air Force`, type: 'armed_service', parentId: ministry });
      return { name, id, ministry, airForce };
    });
    const agreements: string[] = [];
    const japanAgreements: string[] = [];
    for (let i = 0; i < 300; i++) {
      const c = countries[i % countries.length]!;
      // Each counterpart's 15 agreements are in 15 different fields: by i alone, the 20 countries and 15 fields
      // repeat every 60, so five agreements were one title with one counterpart, signed days apart in the same
      // month ("1 Jan 1994, 7 Jan 1994…" in the palette) — a register no desk officer keeps.
      const field = FIELDS[(i + Math.floor(i / 60)) % FIELDS.length]!;
      const year = 1994 + (i % 30);
      const signed = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
      const inForce = i % 5 !== 4; // a fifth still wait for ratification
      const ourSide = i % 3 === 0 ? mod : i % 3 === 1 ? services[0]! : italy;
      const theirSide = i % 3 === 0 ? c.ministry : i % 3 === 1 ? c.airForce : c.id;
      const eif = addMonthsToDay(signed, 8);
      const noticeSoon = i % 37 === 0; // a few whose notice falls due in the coming months
      const term = noticeSoon
        ? { kind: 'fixed', expires: addDays(today, 120 + i), noticeMonths: 3 }
        : { kind: 'indefinite', expires: 'unknown' };
      const id = make('agreement', {
        title: `Agreement between the Government of the Italian Republic and the Government of ${c.name} concerning cooperation in the field of ${field}`,
        type: i % 4 === 0 ? 'mou' : i % 4 === 1 ? 'technical_arrangement' : 'treaty',
        areas: [field.includes('training') ? 'training' : 'defence_policy'],
        term,
        parties: [
          {
            partyId: ourSide,
            role: 'signatory',
            events: [
              { kind: 'signature', date: signed },
              ...(inForce ? [{ kind: 'ratification', date: addMonthsToDay(signed, 5) }] : []),
              ...(inForce ? [{ kind: 'entry_into_force', date: eif }] : []),
            ],
          },
          {
            partyId: theirSide,
            role: 'signatory',
            events: [
              { kind: 'signature', date: signed },
              ...(inForce ? [{ kind: 'entry_into_force', date: eif }] : []),
            ],
          },
        ],
        statusEvents: [{ status: 'signed', date: signed }, ...(inForce ? [{ status: 'in_force', date: eif }] : [])],
      });
      agreements.push(id);
      if (c.name === 'Japan') japanAgreements.push(id);
    }
    const workingGroups: string[] = [];
    let meetings = 0;
    let japanTrainingSession = '';
    for (let g = 0; g < 50; g++) {
      const c = countries[g % countries.length]!;
      // No two groups with one counterpart on one topic: by g alone, groups 1, 21 and 41 were three "Italy–Japan
      // joint working group on training", and "japan training 2021" listed three identical "session 9" rows.
      const topic = (['training', 'equipment', 'logistics'] as const)[((g % 20) + Math.floor(g / 20)) % 3]!;
      const sessions: { edition: number; meetingId: string }[] = [];
      for (let s = 1; s <= 10; s++) {
        const year = 2012 + s;
        const planned = s === 10 && g % 5 === 0; // a planned next session, within the coming months
        const date = planned ? addDays(today, 20 + g) : `${year}-${String(((g + s) % 12) + 1).padStart(2, '0')}`;
        const isJapanTraining = c.name === 'Japan' && topic === 'training' && year === 2021;
        const meetingId = make('meeting', {
          title: `Italy–${c.name} ${topic} working group, session ${s}`,
          type: 'jwg_session',
          date: isJapanTraining ? 'January 2021' : date,
          place: s % 2 ? 'Rome' : c.name,
          participants: [{ partyId: mod }, { partyId: c.ministry }],
          summary: `Session ${s} of the Italy–${c.name} working group on ${topic}.`,
          statusEvents: [{ status: planned ? 'planned' : 'held', date: isJapanTraining ? 'January 2021' : date }],
          actionItems:
            s === 9 && g % 4 === 0
              ? [
                  {
                    text: `Circulate the ${topic} plan to ${c.name}`,
                    owner: 'Desk officer',
                    due: addDays(today, 10 + g),
                  },
                ]
              : [],
        });
        meetings++;
        if (isJapanTraining) japanTrainingSession = meetingId;
        sessions.push({ edition: s, meetingId });
      }
      workingGroups.push(
        make('working_group', {
          name: `Italy–${c.name} joint working group on ${topic} (${g + 1})`,
          parties: [
            { partyId: mod, role: 'co_chair' },
            { partyId: c.ministry, role: 'co_chair' },
          ],
          sessions,
          statusEvents: [{ status: 'active', date: '2013' }],
        }),
      );
    }
    for (; meetings < 1_000; meetings++) {
      const c = countries[meetings % countries.length]!;
      const date = `${2000 + (meetings % 26)}-${String((meetings % 12) + 1).padStart(2, '0')}-${String((meetings % 27) + 1).padStart(2, '0')}`;
      make('meeting', {
        title: `Bilateral staff talks with ${c.name} ${meetings}`,
        type: 'staff_talks',
        date: meetings % 50 === 0 ? 'unknown' : date,
        participants: [{ partyId: mod }, { partyId: c.ministry }],
        statusEvents: [{ status: 'held', date: meetings % 50 === 0 ? 'unknown' : date }],
      });
    }
    return {
      italy,
      italianParties: [italy, mod, ...services],
      countries,
      agreements,
      japanAgreements,
      workingGroups,
      meetings,
      japanTrainingSession,
      records,
    };
  });
  return build();
}
