/**
 * One damaged table does not make every read fail (issue 15, as a fresh tester met it): with only the meetings'
 * pages overwritten, the list of agreements and of parties is still served — by the window (the preview's and the
 * desktop app's DatabaseHost) and by the CLI as a real process — and the damaged part is named; the meetings are
 * missing, never invented.
 */
import { describe, expect, it } from 'vitest';
import { processSuite } from './suite';
import { damagePage } from './support';

const suite = processSuite('damaged-parts');
const { register, cli } = suite;

describe('a register with only the meetings damaged', () => {
  it('still lists its agreements and parties, and names the meetings as what cannot be read', async () => {
    const file = register();
    damagePage(file, 'meetings');

    const win = await suite.window(file);
    const agreements = await win.call('records.list', { kind: 'agreement' });
    expect(agreements).toMatchObject({ ok: true, damaged: 'meetings' });
    expect(agreements.ok && agreements.value.map((r) => r.title)).toEqual([
      'Technical Arrangement between the Italian and Japanese Air Forces',
    ]);
    const parties = await win.call('records.list', { kind: 'party' });
    expect(parties.ok && parties.value.length).toBe(7);
    const meetings = await win.call('records.list', { kind: 'meeting' });
    expect(meetings).toMatchObject({ ok: true, value: [], damaged: 'meetings' });
    expect(win.readOnly).toMatch(/This register is damaged \(.*: meetings\)/);
    await win.close();

    const listed = await cli('list', 'agreements', '--db', file);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('Technical Arrangement between the Italian and Japanese Air Forces');
    expect(listed.stderr).toContain('Warning: meetings could not be read (damaged) and are missing from what follows.');
    expect(listed.stderr).not.toContain('nothing was read');
  }, 180_000);
});
