// @ts-check
// ESLint for Entente: typescript-eslint's recommended rules plus the few rules that are not about imports.
// Layer boundaries and import cycles are checked by dependency-cruiser (.dependency-cruiser.mjs); formatting
// by Prettier (.prettierrc.json) — all three run in `npm run lint`.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

const SOURCE = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

const ONLY_THE_API =
  'Only renderer/src/api/ may touch window.entente: import the typed client from renderer/src/api instead ' +
  '(it also falls back to the preview HTTP transport).';

export default defineConfig([
  globalIgnores(['out/', 'dist/', 'node_modules/', 'tests/screenshots/', 'test-results/', '.cache/', 'coverage/']),
  { files: [SOURCE] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'entente/base',
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    name: 'entente/renderer',
    files: [`renderer/${SOURCE}`],
    ignores: [`renderer/src/api/${SOURCE}`],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-globals': ['error', { name: 'entente', message: ONLY_THE_API }],
      'no-restricted-syntax': [
        'error',
        ...[
          `MemberExpression[object.name=/^(?:window|globalThis|self)$/][property.name='entente']`,
          `VariableDeclarator[init.name=/^(?:window|globalThis|self)$/] > ObjectPattern > Property[key.name='entente']`,
        ].map((selector) => ({ selector, message: ONLY_THE_API })),
      ],
    },
  },
  {
    // Issue 18: every word a person reads goes through i18n (t()), so the Italian interface has no English left in
    // it. JSX text and the attributes people read or hear (labels, titles, placeholders, descriptions) are checked;
    // other props (variant="light", size="sm") are code, not words. Punctuation and symbols alone pass.
    name: 'entente/renderer-i18n',
    files: ['renderer/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-roledescription',
              'aria-valuetext',
              'title',
              'alt',
              'placeholder',
              'label',
              'description',
              'error',
              'tooltip',
              'nothingFoundMessage',
            ],
            exclude: ['.*'],
          },
          // Arguments of calls inside JSX are keys, field names and codes (t('…'), many('partyIds', …)).
          callees: { exclude: ['.*'] },
          words: { exclude: ['[0-9!-/:-@[-`{-~·–—…→←↑↓▸×✓⟦⟧\\s]+'] },
        },
      ],
    },
  },
  {
    name: 'entente/renderer-api',
    files: [`renderer/src/api/${SOURCE}`],
    languageOptions: { globals: { ...globals.browser } },
  },
  { name: 'entente/commonjs', files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  prettier,
]);
