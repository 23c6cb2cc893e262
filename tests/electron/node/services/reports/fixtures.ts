/**
 * Registers for report tests, written through the real store into real SQLite files in temp folders:
 * the seed article (Italy–Japan), and a "calendar" register whose terms, signatures, planned sessions
 * and milestones produce every kind of reminder, with hostile text in titles and notes.
 */
import { loadSeedArticle, type SeedIds } from '../../../../../db/demo/seed-article';
import type { Db } from '../../../../../db/store/open';
import { createRecord } from '../../../../../db/store/records';
import { openTempDb } from '../../../../support/temp-db';

/** Midday, so the local calendar day is the same in every time zone a CI machine might use. */
export const NOW = new Date('2026-03-15T12:00:00Z');
export const TODAY = '2026-03-15';

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  title: "Accord “Ünïcode” & <b>bold</b> 'quotes' <script>alert(1)</script> — اتفاقية הסכם 🤝 日本との協定",
  note: 'Line one, "quoted", with comma\nline two: =SUM(A1:A2) & <img src=x onerror=alert(2)>',
};

export function seededDb(): { db: Db; ids: SeedIds; file: string } {
  const { db, file } = openTempDb();
  return { db, ids: loadSeedArticle(db), file };
}

export interface CalendarIds {
  france: string;
  italy: string;
  frenchArmy: string;
  fixedTerm: string;
  autoRenewal: string;
  unratified: string;
  terminated: string;
  hostile: string;
  programme: string;
  group: string;
  plannedSession: string;
  plannedMeeting: string;
  staleMeeting: string;
}

export function calendarDb(): { db: Db; ids: CalendarIds; file: string } {
  const { db, file } = openTempDb();
  const make = (kind: Parameters<typeof createRecord>[1], input: unknown) => createRecord(db, kind, input).id;
  const france = make('party', { name: 'France', type: 'state' });
  const italy = make('party', { name: 'Italy', type: 'state' });
  const frenchArmy = make('party', { name: 'French Army', type: 'armed_service', parentId: france });
  const fixedTerm = make('agreement', {
    title: 'Franco-Italian training MoU',
    type: 'mou',
    term: { kind: 'fixed', expires: '30 Jun 2026', noticeMonths: 3 },
    parties: [
      { partyId: france, role: 'signatory' },
      { partyId: italy, role: 'signatory' },
    ],
    statusEvents: [
      { status: 'signed', date: '12 Feb 2021' },
      { status: 'in_force', date: 'Mar 2021', note: 'Entered into force on notification.' },
    ],
  });
  const autoRenewal = make('agreement', {
    title: 'Logistics support arrangement',
    type: 'technical_arrangement',
    term: { kind: 'automatic_renewal', expires: '1 May 2025', renewalMonths: 12, noticeMonths: 2 },
    parties: [
      { partyId: frenchArmy, role: 'signatory' },
      { partyId: italy, role: 'signatory' },
    ],
    statusEvents: [{ status: 'in_force', date: '1 May 2020' }],
  });
  const unratified = make('agreement', {
    title: 'Defence cooperation treaty',
    type: 'treaty',
    parties: [
      {
        partyId: france,
        role: 'signatory',
        events: [
          { kind: 'signature', date: '10 Jan 2024' },
          { kind: 'ratification', date: 'Jun 2024' },
        ],
      },
      { partyId: italy, role: 'signatory', events: [{ kind: 'signature', date: '10 Jan 2024' }] },
    ],
    statusEvents: [
      { status: 'under_negotiation', date: '2022' },
      { status: 'signed', date: '10 Jan 2024' },
    ],
  });
  const terminated = make('agreement', {
    title: 'Old exchange of notes',
    type: 'exchange_of_notes',
    term: { kind: 'fixed', expires: 'Apr 2026', noticeMonths: 1 },
    parties: [{ partyId: france, role: 'signatory' }],
    statusEvents: [
      { status: 'in_force', date: '2010' },
      { status: 'terminated', date: '2015' },
    ],
  });
  const hostile = make('agreement', {
    title: HOSTILE.title,
    type: 'other',
    parties: [
      { partyId: france, role: 'signatory' },
      { partyId: italy, role: 'signatory' },
    ],
    statusEvents: [{ status: 'proposed', date: 'c. 2023', note: HOSTILE.note, source: HOSTILE.script }],
  });
  const programme = make('programme', {
    name: 'Joint trainer aircraft',
    type: 'development',
    partners: [
      { partyId: france, role: 'partner' },
      { partyId: italy, role: 'lead' },
    ],
    milestones: [
      { name: 'Critical design review', date: '20 Apr 2026' },
      { name: 'First flight', date: '2030' },
      { name: 'Concept study', date: '2019' },
    ],
    statusEvents: [
      { status: 'concept', date: '2019' },
      { status: 'development', date: 'Sep 2022' },
    ],
  });
  const plannedSession = make('meeting', {
    title: 'Joint trainer working group, 4th session',
    type: 'jwg_session',
    date: '12 May 2026',
    place: 'Rome',
    participants: [{ partyId: france }, { partyId: italy }],
    statusEvents: [{ status: 'planned', date: '1 Feb 2026' }],
  });
  const heldSession = make('meeting', {
    title: 'Joint trainer working group, 3rd session',
    type: 'jwg_session',
    date: '3 Nov 2025',
    place: 'Paris',
    participants: [{ partyId: france }, { partyId: italy }],
    statusEvents: [{ status: 'held', date: '3 Nov 2025' }],
  });
  const group = make('working_group', {
    name: 'Joint trainer working group',
    foundingProgrammeId: programme,
    parties: [
      { partyId: france, role: 'co_chair' },
      { partyId: italy, role: 'co_chair' },
    ],
    sessions: [
      { edition: 3, meetingId: heldSession },
      { edition: 4, meetingId: plannedSession },
    ],
    statusEvents: [
      { status: 'established', date: 'Oct 2022' },
      { status: 'active', date: 'Jan 2023' },
    ],
  });
  const plannedMeeting = make('meeting', {
    title: 'Staff talks',
    type: 'staff_talks',
    date: 'Jun 2026',
    place: 'Paris',
    participants: [{ partyId: france }, { partyId: italy }],
    statusEvents: [{ status: 'planned', date: '2026' }],
  });
  const staleMeeting = make('meeting', {
    title: 'Industry day',
    type: 'conference',
    date: '20 Jan 2026',
    participants: [{ partyId: italy }],
    statusEvents: [{ status: 'planned', date: 'Dec 2025' }],
  });
  return {
    db,
    file,
    ids: {
      france,
      italy,
      frenchArmy,
      fixedTerm,
      autoRenewal,
      unratified,
      terminated,
      hostile,
      programme,
      group,
      plannedSession,
      plannedMeeting,
      staleMeeting,
    },
  };
}

/** A register with `count` agreements of `events` status events each, for multi-page and bench runs. */
export function bulkAgreements(db: Db, count: number, events: number): void {
  const a = createRecord(db, 'party', { name: 'Alphaland', type: 'state' }).id;
  const b = createRecord(db, 'party', { name: 'Betaland', type: 'state' }).id;
  const cycle = [
    'proposed',
    'under_negotiation',
    'text_agreed',
    'signed',
    'in_force',
    'suspended',
    'in_force',
    'expired',
  ];
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const year = 1990 + (i % 30);
      createRecord(db, 'agreement', {
        title: `Agreement ${String(i + 1).padStart(4, '0')} on cooperation area ${i % 13}`,
        type: 'mou',
        parties: [
          { partyId: a, role: 'signatory' },
          { partyId: b, role: 'signatory' },
        ],
        statusEvents: Array.from({ length: events }, (_, k) => ({
          status: cycle[k % cycle.length],
          date: k % 3 === 0 ? `${year + k}` : k % 3 === 1 ? `Mar ${year + k}` : `${(k % 27) + 1} Jun ${year + k}`,
          note: `Event ${k + 1} of agreement ${i + 1}`,
          source: 'Bulk test data',
        })),
      });
    }
  })();
}
