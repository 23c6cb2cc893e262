/**
 * The command line in Italian (issue 18): `--lang it|en` anywhere on the line, else LC_ALL, else LANG ("it_IT.UTF-8"
 * → Italian), else English. The help's headline and the error lines follow it; command names and flags stay English.
 */
import { describe, expect, it } from 'vitest';
import { runCli, takeLanguage } from '../../../../electron/node/cli/main';
import { tempDbFile } from '../../../support/temp-db';

const MISSING_ID = '01ARZ3NDEKTSV4RRFFQ69G5FAV';

async function cli(env: Record<string, string | undefined>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli --lang', () => {
  it('takes the language from --lang, else LC_ALL, else LANG', () => {
    expect(takeLanguage(['list', '--lang', 'it', 'agreement'], {})).toEqual({
      language: 'it',
      rest: ['list', 'agreement'],
    });
    expect(takeLanguage(['--lang=en', 'list'], { LANG: 'it_IT.UTF-8' }).language).toBe('en');
    expect(takeLanguage(['list'], { LANG: 'it_IT.UTF-8' }).language).toBe('it');
    expect(takeLanguage(['list'], { LC_ALL: 'C', LANG: 'it_IT.UTF-8' }).language).toBe('en');
    expect(takeLanguage(['list'], { LANG: 'C.UTF-8' }).language).toBe('en');
    expect(takeLanguage(['search', '--', '--lang', 'it'], {}).rest).toEqual(['search', '--', '--lang', 'it']);
  });

  it(
    'words the help headline and the register’s refusals in Italian, and refuses an unknown language',
    { timeout: 300_000 },
    async () => {
      const help = await cli({ LANG: 'it_IT.UTF-8' }, '--help');
      expect(help.out).toContain('Entente: il registro di accordi, gruppi di lavoro, programmi e incontri.');
      expect(help.out).toContain('--lang <it|en>');
      expect((await cli({ LANG: 'C.UTF-8' }, '--help')).out).toContain('Entente: the register of agreements');

      const db = tempDbFile();
      expect((await cli({}, 'init', '--db', db)).code).toBe(0);
      const missing = await cli({}, '--lang', 'it', 'show', 'agreement', MISSING_ID, '--db', db);
      expect(missing.code).toBe(3);
      expect(missing.err).toBe(`entente show: Nessun record di tipo «agreement» con id ${MISSING_ID}.`);
      const english = await cli({}, 'show', 'agreement', MISSING_ID, '--db', db);
      expect(english.err).toBe(`entente show: No agreement with id ${MISSING_ID}.`);

      const badId = await cli({ LANG: 'it_IT' }, 'show', 'agreement', 'not-an-id', '--db', db);
      expect(badId.code).toBe(2);
      expect(badId.err).toBe('entente show: Dati non validi: Id: valore non valido');

      const usage = await cli({}, '--lang', 'it', 'list', '--bogus');
      expect(usage.err).toMatch(/Vedere “npm run cli -- list --help”\.$/);

      const bad = await cli({}, '--lang', 'fr', 'list');
      expect(bad).toMatchObject({ code: 2, err: 'entente: --lang must be it or en, not “fr”.' });
    },
  );
});
