/**
 * Rows of a record's lists (phases, milestones, action items, participants, status events…) described as data:
 * each row is a line of cells, each cell one field with how it is entered. Every cell's accessible name says which
 * row it belongs to ("Phase 2", "Due 3"), so a screen reader and an error message point at the same place.
 */
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import { DateField, RecordPicker, RowsEditor, TextField, VocabSelect } from './fields';
import type { Draft } from './useDraft';

/**
 * One cell: `field` inside the row, `label` an i18n key (the row's number is added to it), `placeholder` an i18n
 * key. A text cell shows its label as placeholder unless told otherwise; other cells show none unless told.
 */
export type Cell =
  | { input: 'text' | 'date'; field: string; label: string; placeholder?: string; required?: boolean }
  | {
      input: 'vocab';
      field: string;
      label: string;
      values: readonly string[];
      placeholder?: string;
      required?: boolean;
    }
  | {
      input: 'record';
      field: string;
      label: string;
      kinds: RecordKind[];
      placeholder?: string;
      required?: boolean;
      exclude?: string | undefined;
    };

/** A party and its role in the record ("Partner 2", "Role 2"); both must be chosen. */
export function partyRoleCells(noun: string, roles: readonly string[]): Cell[] {
  return [
    {
      input: 'record',
      field: 'partyId',
      label: noun,
      kinds: ['party'],
      placeholder: 'form.chooseParty',
      required: true,
    },
    {
      input: 'vocab',
      field: 'role',
      label: 'form.role',
      values: roles,
      placeholder: 'form.chooseRole',
      required: true,
    },
  ];
}

/** "Phase 2": an i18n field name with the row's number (rows count from 1 for people). */
export function useRowLabel(): (field: string, index: number) => string {
  const { t } = useTranslation();
  return (field, index) => t('form.rowField', { field: t(field), n: index + 1 });
}

/** One cell of the row at `rowPath`, bound to `${rowPath}.${cell.field}`. */
function CellInput({ draft, rowPath, index, cell }: { draft: Draft; rowPath: string; index: number; cell: Cell }) {
  const { t } = useTranslation();
  const row = useRowLabel();
  const placeholderKey = cell.placeholder ?? (cell.input === 'text' ? cell.label : undefined);
  const common = {
    draft,
    path: `${rowPath}.${cell.field}`,
    label: row(cell.label, index),
    compact: true,
    ...(cell.required ? { required: true } : {}),
    ...(placeholderKey ? { placeholder: t(placeholderKey) } : {}),
  };
  switch (cell.input) {
    case 'text':
      return <TextField {...common} />;
    case 'date':
      return <DateField {...common} />;
    case 'vocab':
      return <VocabSelect {...common} values={cell.values} />;
    case 'record':
      return <RecordPicker {...common} kinds={cell.kinds} {...(cell.exclude ? { exclude: cell.exclude } : {})} />;
  }
}

/** The cells of one row at `rowPath` (e.g. "phases.1"), side by side. */
export function RowCells(props: { draft: Draft; rowPath: string; index: number; cells: readonly Cell[] }) {
  return (
    <Group gap={6} grow wrap="nowrap" align="flex-start">
      {props.cells.map((cell) => (
        <CellInput key={cell.field} draft={props.draft} rowPath={props.rowPath} index={props.index} cell={cell} />
      ))}
    </Group>
  );
}

/**
 * A list of rows with add and remove, each row the same cells. `noun` (an i18n key) names one row in the remove
 * button ("Remove phase 2"); `newRow` is what "Add …" appends (no value a person did not choose).
 */
export function RowsOf(props: {
  draft: Draft;
  path: string;
  label: string;
  addLabel: string;
  noun: string;
  newRow: () => unknown;
  cells: readonly Cell[];
}) {
  const { t } = useTranslation();
  const { draft, path, label, addLabel, noun, newRow, cells } = props;
  return (
    <RowsEditor
      draft={draft}
      path={path}
      label={label}
      addLabel={addLabel}
      removeLabel={(i) => t('form.removeRow', { what: t(noun), n: i + 1 })}
      newRow={newRow}
      renderRow={(rowPath, index) => <RowCells draft={draft} rowPath={rowPath} index={index} cells={cells} />}
    />
  );
}
