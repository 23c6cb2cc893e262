/**
 * The command line's own words (issue 18: "the CLI's user-facing messages where sensible"): the help's headline and
 * the wording around an error line, in each language Entente ships. Command names and flags stay English; an error
 * from the register is worded by its key (./problems.ts). The renderer loads this table as the `cli` namespace only
 * so that the parity test holds it to the same keys and {{variables}}.
 */
import type { WordLanguage } from './fill';

const en = {
  headline: 'Entente: the register of agreements, working groups, programmes and meetings.',
  eachHelp: 'Each command has its own help: {{run}} <command> --help',
  seeHelp: 'See “{{run}} {{command}} --help”.',
  listHelp: 'Run “{{run}} help” for the list.',
  language: 'Language of messages, help and reports: it or en (default: from LC_ALL or LANG)',
  badLanguage: '--lang must be it or en, not “{{value}}”.',
};

export type CliWords = typeof en;

const it: CliWords = {
  headline: 'Entente: il registro di accordi, gruppi di lavoro, programmi e incontri.',
  eachHelp: 'Ogni comando ha il suo aiuto: {{run}} <command> --help',
  seeHelp: 'Vedere “{{run}} {{command}} --help”.',
  listHelp: 'Eseguire “{{run}} help” per l’elenco.',
  language: 'Lingua di messaggi, aiuto e rapporti: it o en (predefinita: da LC_ALL o LANG)',
  badLanguage: '--lang deve essere it o en, non “{{value}}”.',
};

export const CLI_WORDS: Record<WordLanguage, CliWords> = { en, it };
