/**
 * The measured cut shared by the list's title cells and the timeline's row labels (domain/text-fit.ts): every line
 * fits its width by the measure given, the second keeps the title's END, the first its start; Japanese (no spaces)
 * is cut between characters, never inside a surrogate pair. Over generated titles in several scripts and cases.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fitTwoLines, type Measure } from '../../../../electron/common/domain/text-fit';
import { TimelineChart } from '../../../../electron/common/timeline';
import { textWidth } from '../../../../electron/common/timeline/scale';

/** A measure with wide capitals and double-width CJK, as a real font has them (px at 13 px). */
const measure: Measure = (text) => textWidth(text, 13);

const WORDS = ['Agreement', 'DEFENCE', 'cooperation', '防衛装備品', 'of', 'the', 'Ministry', 'TRAINING', '技術', '😀'];

/** A deterministic generator of titles: words of mixed scripts and cases, some joined without spaces. */
function* titles(count: number): Generator<string> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < count; i++) {
    const n = 1 + (next() % 40);
    const words = Array.from({ length: n }, () => WORDS[next() % WORDS.length]!);
    yield words.join(next() % 5 === 0 ? '' : ' ') + ` END-${i}`;
  }
}

describe('fitTwoLines', () => {
  it('each line fits its width, the start and the end are kept, nothing invented', () => {
    for (const title of titles(400)) {
      for (const width of [120, 250, 360]) {
        const fit = fitTwoLines(title, width, measure);
        if ('whole' in fit) {
          expect(measure(title)).toBeLessThanOrEqual(width);
          continue;
        }
        expect(measure(fit.head), title).toBeLessThanOrEqual(width);
        expect(measure(fit.tail), title).toBeLessThanOrEqual(width);
        expect(title.startsWith(fit.head), title).toBe(true);
        const tail = fit.tail.replace(/^… /, '');
        expect(title.endsWith(tail), title).toBe(true);
        // Its end is what tells it apart: the last characters are always there; uncut, the two lines are the title.
        expect(fit.tail.endsWith(`END-${title.split('END-')[1]}`), title).toBe(true);
        if (!fit.tail.startsWith('… ')) expect(title.replace(/\s/g, '')).toBe((fit.head + fit.tail).replace(/\s/g, ''));
        // No broken surrogate pair (an emoji cut in half).
        expect(fit.head + fit.tail).not.toMatch(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
        );
      }
    }
  });

  it('an upper-case title is cut where its width says, not at a character count', () => {
    const upper = 'MEMORANDUM OF UNDERSTANDING CONCERNING THE JOINT DEVELOPMENT OF THE WIDEBODY TRAINER, ANNEX QX-7';
    const fit = fitTwoLines(upper, 250, measure);
    expect(fit).toEqual({ head: expect.any(String), tail: expect.stringMatching(/^… .*ANNEX QX-7$/) });
  });
});

describe("the printed chart's row labels", () => {
  it('keep the end of an upper-case or Japanese title on the second line, within the label column', () => {
    const titlesByEnd = {
      'ANNEX QX-7':
        'MEMORANDUM OF UNDERSTANDING BETWEEN THE MINISTRY OF DEFENCE OF THE ITALIAN REPUBLIC AND THE MINISTRY OF DEFENCE OF FREEDONIA CONCERNING THE WIDEBODY TRAINER, ANNEX QX-7',
      附属書第七号乙:
        'イタリア共和国政府とフリードニア共和国政府との間の防衛装備品及び技術の移転並びに共同研究開発に関する協定の実施のための技術取決めに関する附属書第七号乙',
    };
    const rows = Object.values(titlesByEnd).map((title, i) => ({
      id: `r${i}`,
      kind: 'agreement' as const,
      kindLabel: 'Agreement',
      title,
      status: null,
      periods: [],
      events: [],
    }));
    const svg = renderToStaticMarkup(TimelineChart({ rows, today: '2026-12-01', width: 1200, legend: false }));
    for (const end of Object.keys(titlesByEnd))
      expect(svg).toMatch(new RegExp(`>… [^<]*${end}<tspan[^>]*> · Agreement<`));
  });
});
