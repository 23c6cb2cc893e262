/** Kind words in a search question (domain/kind-phrases.ts): which words are read as a kind, and which stay words. */
import { describe, expect, it } from 'vitest';
import { understandKinds } from '../../../../electron/common/domain/kind-phrases';

const read = (query: string, asText?: string[]) => {
  const { rest, kinds } = understandKinds(query, asText);
  return { rest, kinds: kinds.map((k) => `${k.kind}${k.type ? `/${k.type}` : ''}:${k.text}`) };
};

describe('kind words in a search', () => {
  it('takes kind words anywhere, singular or plural, English or Italian, longest phrase first', () => {
    expect(read('meetings last month')).toEqual({ rest: 'last month', kinds: ['meeting:meetings'] });
    expect(read('japan Agreements 2021')).toEqual({ rest: 'japan 2021', kinds: ['agreement:Agreements'] });
    expect(read('working group sessions since 2019')).toEqual({
      rest: 'since 2019',
      kinds: ['meeting/jwg_session:working group sessions'],
    });
    expect(read('working groups japan').kinds).toEqual(['working_group:working groups']);
    expect(read('programs, treaties').kinds).toEqual(['programme:programs,', 'agreement/treaty:treaties']);
    expect(read('riunioni il mese scorso')).toEqual({ rest: 'il mese scorso', kinds: ['meeting:riunioni'] });
    expect(read('gruppi di lavoro').kinds).toEqual(['working_group:gruppi di lavoro']);
  });

  it('leaves quoted, negated and grouped words, and a removed chip, as words', () => {
    expect(read('"meeting notes" japan').kinds).toEqual([]);
    expect(read('japan -meetings').kinds).toEqual([]);
    expect(read('NEAR(tempest programme)').kinds).toEqual([]);
    expect(read('(meeting OR visit) japan').kinds).toEqual([]);
    expect(read('meetings last month', ['MEETINGS'])).toEqual({ rest: 'meetings last month', kinds: [] });
    expect(read('meetingroom').kinds).toEqual([]);
  });
});
