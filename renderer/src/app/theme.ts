/**
 * The visual language: a dense desktop tool (13px base, compact controls, calm neutrals, one accent).
 * The system font stack includes Noto Sans CJK JP so Japanese names render on Linux too.
 */
import { createTheme, localStorageColorSchemeManager, type MantineColorsTuple } from '@mantine/core';
import { PICKER_DEFAULTS, selectAllOnFocus } from '../components/pickers';

const FONT_STACK = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Noto Sans"',
  '"Noto Sans CJK JP"',
  '"Hiragino Sans"',
  '"Yu Gothic UI"',
  '"Meiryo"',
  'Ubuntu',
  'Cantarell',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(', ');

// A slate blue accent: reads as institutional, keeps good contrast on white and on dark grey.
const accent: MantineColorsTuple = [
  '#eef3fb',
  '#dbe4f3',
  '#b3c6e6',
  '#88a7da',
  '#658ccf',
  '#4f7bc9',
  '#4272c7',
  '#3461b0',
  '#2b569e',
  '#1d4a8c',
];

// Mantine's red with darker filled shades: white text on shade 7 must pass WCAG AA (≥ 4.5:1); the stock #f03e3e
// gives 3.9:1 on destructive buttons ("Restore", "Delete and detach").
const red: MantineColorsTuple = [
  '#fff5f5',
  '#ffe3e3',
  '#ffc9c9',
  '#ffa8a8',
  '#ff8787',
  '#ff6b6b',
  '#fa5252',
  '#c92a2a',
  '#b02525',
  '#962020',
];

export const theme = createTheme({
  primaryColor: 'accent',
  primaryShade: { light: 7, dark: 7 },
  colors: { accent, red },
  fontFamily: FONT_STACK,
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace',
  fontSizes: { xs: '11px', sm: '12px', md: '13px', lg: '15px', xl: '17px' },
  lineHeights: { xs: '1.4', sm: '1.45', md: '1.5', lg: '1.5', xl: '1.5' },
  spacing: { xs: '4px', sm: '8px', md: '12px', lg: '16px', xl: '24px' },
  radius: { xs: '2px', sm: '4px', md: '6px', lg: '8px', xl: '12px' },
  defaultRadius: 'sm',
  headings: {
    fontFamily: FONT_STACK,
    fontWeight: '600',
    sizes: { h1: { fontSize: '18px' }, h2: { fontSize: '15px' }, h3: { fontSize: '13px' }, h4: { fontSize: '12px' } },
  },
  focusRing: 'auto',
  cursorType: 'pointer',
  // Modals, menus and popovers appear at once for people who ask their system for less motion (WCAG 2.3.3);
  // app.css does the same for plain CSS transitions.
  respectReducedMotion: true,
  components: {
    TextInput: { defaultProps: { size: 'xs' } },
    Textarea: { defaultProps: { size: 'xs' } },
    // Every picker: type-ahead, best match highlighted, Enter takes it and never submits (components/pickers.ts).
    // allowDeselect off: Enter on the highlighted current choice keeps it instead of clearing it.
    Select: { defaultProps: { size: 'xs', ...PICKER_DEFAULTS, onFocus: selectAllOnFocus, allowDeselect: false } },
    MultiSelect: { defaultProps: { size: 'xs', ...PICKER_DEFAULTS } },
    TagsInput: { defaultProps: { size: 'xs' } },
    NumberInput: { defaultProps: { size: 'xs' } },
    Button: { defaultProps: { size: 'xs' } },
    ActionIcon: { defaultProps: { size: 'sm', variant: 'subtle' } },
    Badge: { defaultProps: { size: 'sm', radius: 'sm' } },
    Table: { defaultProps: { fz: 'md', verticalSpacing: 4, horizontalSpacing: 'sm' } },
  },
});

export const colorSchemeManager = localStorageColorSchemeManager({ key: 'entente.colorScheme' });
