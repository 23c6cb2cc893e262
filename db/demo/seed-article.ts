/**
 * Demo data: the records in the press piece Entente grew from (shared/seed-article.txt),
 * an Italy–Japan ministerial meeting. Faithful to the text and inventing nothing: where
 * the article gives no date the date is unknown, or approximate with the reasoning in the
 * note. Official names of the bodies the article mentions ("the Japanese Air Forces") are
 * used so that records read as a desk officer would file them.
 */
import type { InputByKind } from '../../electron/common/domain/types';
import type { Db } from '../store/sql';
import { createRecord, inTransaction } from '../store/records';

export const SEED_SOURCE = 'Press article: Italian Defence Minister Guerini’s state visit to Japan (seed article)';

const MEETING_DATE_NOTE =
  'Approximate. The article says only “last week” and carries no publication date; its references to Russia’s ' +
  'invasion of Ukraine and to “two years of pandemic-related limitations” place the visit c. 2022.';

export interface SeedIds {
  italy: string;
  japan: string;
  eu: string;
  italianMod: string;
  japaneseMod: string;
  italianAirForce: string;
  japaneseAirForce: string;
  guerini: string;
  kishi: string;
  technicalArrangement: string;
  cooperationProject: string;
  tempest: string;
  jwg: string;
  ministerialMeeting: string;
  jwgSessions: string[];
}

/** Loads the seed article's records into an empty or existing database, in one transaction. */
export function loadSeedArticle(db: Db): SeedIds {
  const ctx = { actor: 'demo data' };
  return inTransaction(db, () => {
    const create = <K extends keyof InputByKind>(kind: K, input: InputByKind[K]) =>
      createRecord(db, kind, input, ctx).id;

    const italy = create('party', { name: 'Italy', nativeName: 'Italia', type: 'state' });
    const japan = create('party', { name: 'Japan', nativeName: '日本', type: 'state' });
    const eu = create('party', { name: 'European Union', shortName: 'EU', type: 'international_organisation' });
    const italianMod = create('party', {
      name: 'Italian Ministry of Defence',
      nativeName: 'Ministero della Difesa',
      type: 'ministry',
      parentId: italy,
    });
    const japaneseMod = create('party', {
      name: 'Ministry of Defense of Japan',
      nativeName: '防衛省',
      type: 'ministry',
      parentId: japan,
    });
    const italianAirForce = create('party', {
      name: 'Italian Air Force',
      nativeName: 'Aeronautica Militare',
      type: 'armed_service',
      parentId: italianMod,
    });
    const japaneseAirForce = create('party', {
      name: 'Japan Air Self-Defense Force',
      shortName: 'JASDF',
      nativeName: '航空自衛隊',
      type: 'armed_service',
      parentId: japaneseMod,
      notes: 'Referred to in the article as “the Japanese Air Forces”.',
    });

    const guerini = create('person', {
      name: 'Lorenzo Guerini',
      familyName: 'Guerini',
      roleTitle: 'Minister of Defence',
      partyId: italianMod,
      notes: 'Italian Defence Minister at the time of the state visit to Japan.',
    });
    const kishi = create('person', {
      name: 'Kishi Nobuo',
      familyName: 'Kishi',
      roleTitle: 'Minister of Defense',
      partyId: japaneseMod,
      notes:
        'Japanese family name first. Guerini’s counterpart at the meeting; the article also writes “Mr. Nobuo Kishi”.',
    });

    const technicalArrangement = create('agreement', {
      title: 'Technical Arrangement between the Italian and Japanese Air Forces',
      shortTitle: 'IT–JP Air Forces Technical Arrangement',
      type: 'technical_arrangement',
      areas: ['training'],
      summary:
        'Provides for the advanced training of Japanese pilots to be conducted in Italy at the International Flight Training School (IFTS).',
      parties: [
        { partyId: italianAirForce, role: 'signatory' },
        { partyId: japaneseAirForce, role: 'signatory' },
      ],
      statusEvents: [
        {
          status: 'signed',
          date: 'unknown',
          source: SEED_SOURCE,
          note: 'The ministers discussed the status of bilateral relations between the armed forces, “especially concerning the signing of the Technical Arrangement”. The article gives no date for the signature.',
        },
      ],
      tags: ['IFTS', 'pilot training'],
    });

    const cooperationProject = create('programme', {
      name: 'Italian–Japanese technology and equipment implementation project',
      shortName: 'IT–JP defence technology and equipment project',
      type: 'industrial_cooperation',
      areas: ['industrial_cooperation', 'research_and_development'],
      description:
        'An ambitious Italian-Japanese technology and equipment implementation project which kicked off in 2019 and culminated in January 2021 in the third edition of the Joint Working Group.',
      partners: [
        { partyId: italy, role: 'partner' },
        { partyId: japan, role: 'partner' },
      ],
      statusEvents: [{ status: 'development', date: '2019', note: 'Kicked off in 2019.', source: SEED_SOURCE }],
    });

    const tempest = create('programme', {
      name: 'Tempest',
      type: 'development',
      areas: ['industrial_cooperation', 'research_and_development'],
      description:
        'Aimed at developing 6th generation systems that will define the most advanced technologies and determine the future of the aerospace industry. Italy’s ambition is to make it a model for future industrial cooperation.',
      partners: [
        { partyId: italy, role: 'partner' },
        { partyId: japan, role: 'strategic_partner' },
      ],
      statusEvents: [
        {
          status: 'development',
          date: 'unknown',
          source: SEED_SOURCE,
          note: 'Described as aimed at developing 6th generation systems; the article gives no dates. Japan “is seen as a strategic partner”.',
        },
      ],
      notes: 'Italy assigns great value to the Tempest project.',
    });

    // Sessions 1 and 2 are implied by the third edition; the article dates neither.
    const sessionMeetings = [1, 2].map((edition) =>
      create('meeting', {
        title: `Italy–Japan Joint Working Group, ${edition === 1 ? '1st' : '2nd'} edition`,
        type: 'jwg_session',
        date: 'unknown',
        participants: [{ partyId: italy }, { partyId: japan }],
        notes: 'Implied by the article (the January 2021 meeting was the third edition); its date is not given.',
        statusEvents: [{ status: 'held', date: 'unknown', source: SEED_SOURCE }],
        linkedIds: [cooperationProject],
      }),
    );
    const thirdSession = create('meeting', {
      title: 'Italy–Japan Joint Working Group, 3rd edition',
      type: 'jwg_session',
      date: 'January 2021',
      participants: [{ partyId: italy }, { partyId: japan }],
      summary:
        'A forum that allowed sharing of ideas and development plans on Defence systems; the culmination of the technology and equipment implementation project that kicked off in 2019.',
      topics: ['Ideas and development plans on Defence systems'],
      statusEvents: [{ status: 'held', date: 'January 2021', source: SEED_SOURCE }],
      linkedIds: [cooperationProject],
    });
    const jwgSessions = [...sessionMeetings, thirdSession];

    const jwg = create('working_group', {
      name: 'Italy–Japan Joint Working Group on defence technology and equipment',
      shortName: 'IT–JP JWG',
      mandate:
        'A forum for sharing ideas and development plans on Defence systems, within the Italian–Japanese technology and equipment implementation project.',
      foundingProgrammeId: cooperationProject,
      parties: [
        { partyId: italy, role: 'member' },
        { partyId: japan, role: 'member' },
      ],
      sessions: jwgSessions.map((meetingId, i) => ({ edition: i + 1, meetingId })),
      statusEvents: [
        { status: 'active', date: 'January 2021', note: 'Third edition held in January 2021.', source: SEED_SOURCE },
      ],
    });

    const ministerialMeeting = create('meeting', {
      title: 'Italy–Japan defence ministers’ meeting during Minister Guerini’s state visit to Japan',
      type: 'ministerial_bilateral',
      date: 'c. 2022',
      place: 'Japan',
      participants: [
        { personId: guerini, partyId: italianMod, role: 'Italian Defence Minister' },
        { personId: kishi, partyId: japaneseMod, role: 'Japanese counterpart' },
      ],
      topics: [
        'Russia’s aggression against Ukraine',
        'Global and regional security, particularly in the Indo-Pacific',
        'Security in the Mediterranean, the Indian Ocean and the Indo-Pacific',
        'Italy’s full support for the European Union strategy on new capabilities',
        'Bilateral relations between the armed forces and the signing of the Technical Arrangement between the air forces',
        'Industrial cooperation',
        'The Tempest programme',
      ],
      summary:
        'First meeting held in person in Japan after two years of pandemic-related limitations. The ministers discussed the Russian ' +
        'aggression against Ukraine, global and regional security, particularly in the Indo-Pacific, and defence cooperation. ' +
        'Italy looks at the Indo-Pacific as an increasingly relevant area for international stability and wants to strengthen the ' +
        'coordination of activities in the region. Industrial cooperation was a top item: the technology and equipment project and ' +
        'its Joint Working Group, and the Tempest programme, with Japan seen as a strategic partner.',
      minutes:
        '“Our countries are bound by long-standing, deep-rooted relations, which today are strengthened by broad common values, ' +
        'starting from fundamental ones: freedom, democracy, and the rule of law.” — Minister Guerini\n\n' +
        '“Great democratic countries must assume the burden of defending the essential principles of international law, which are ' +
        'there to protect civil co-existence. This is the reason why I see a strong connection between actions conducted to ' +
        'safeguard security and freedom in the Mediterranean, Indian Ocean, and the Indo-Pacific: these are closely connected ' +
        'scenarios.” — Minister Guerini\n\n' +
        '“The geographical distance between Europe and the Indo-Pacific is, therefore, much smaller than it seems, and security ' +
        'implications for the two regions influence each other.” — Minister Guerini\n\n' +
        'The talk also focused on Italy’s full support for the strategy of the European Union, which aims at guaranteeing the ' +
        'promotion and development of new capabilities to be deployed in all operational sectors.\n\n' +
        '“Among the elements that bind Italy and Japan there is that special balance between respecting traditions and the ' +
        'vocation to innovate which characterizes both countries. We deem that the understanding between our nations is open to ' +
        'further interesting progress specifically in the field of technology.” — Minister Guerini',
      outcomes: [
        'Guerini expressed satisfaction with a fruitful meeting.',
        'Italy wants to strengthen the coordination of activities in the Indo-Pacific.',
      ],
      linkedIds: [technicalArrangement, cooperationProject, jwg, tempest, eu],
      statusEvents: [{ status: 'held', date: 'c. 2022', note: MEETING_DATE_NOTE, source: SEED_SOURCE }],
      tags: ['state visit'],
      notes: MEETING_DATE_NOTE,
    });

    return {
      italy,
      japan,
      eu,
      italianMod,
      japaneseMod,
      italianAirForce,
      japaneseAirForce,
      guerini,
      kishi,
      technicalArrangement,
      cooperationProject,
      tempest,
      jwg,
      ministerialMeeting,
      jwgSessions,
    };
  });
}
