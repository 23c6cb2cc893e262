/**
 * The import wizard's state: the chosen file (its bytes as base64, read here from the file input — nothing names a
 * path), the sheet, the kind, the mapping as the person edits it, and the preview page. The preview comes from the
 * jobs worker, which keeps the file and its plan; if that worker no longer has the file (it restarted), the file is
 * sent again and the preview asked once more.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { SheetKind, SheetMapping } from '../../../../electron/common/domain/sheets/mapping';
import type { SheetFileInfo, SheetPreview } from '../../../../electron/common/domain/sheets/views';
import { api, ApiError } from '../../api/client';

export const MAX_FILE_MB = 10;
export const PAGE_SIZE = 50;

export type Step = 'file' | 'columns' | 'parties' | 'preview' | 'summary';
export const STEPS: Step[] = ['file', 'columns', 'parties', 'preview', 'summary'];
export type PreviewShow = 'all' | 'problems' | 'create' | 'update' | 'unchanged' | 'skip' | 'error';

export interface ChosenFile {
  name: string;
  data: string;
  info: SheetFileInfo;
}

/** The file's bytes as base64 (FileReader's data URL without its prefix). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

export function useImportWizard() {
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [sheet, setSheet] = useState('');
  const [kind, setKind] = useState<SheetKind>('agreement');
  const [mapping, setMapping] = useState<SheetMapping | undefined>(undefined);
  const [page, setPage] = useState(0);
  const [show, setShow] = useState<PreviewShow>('all');

  const preview = useQuery<SheetPreview, ApiError>({
    queryKey: ['sheets.preview', file?.info.fileId, sheet, kind, mapping, page, show],
    enabled: file !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    queryFn: async () => {
      const input = {
        fileId: file!.info.fileId,
        fileName: file!.name,
        sheet,
        kind,
        ...(mapping ? { mapping } : {}),
        page,
        pageSize: PAGE_SIZE,
        show,
      };
      const reply = await api.call('sheets.preview', input);
      if (reply.ok) return reply.value;
      if (reply.error.code !== 'NOT_FOUND' || !/no longer open/.test(reply.error.message))
        throw new ApiError(reply.error);
      await api.request('sheets.open', { fileName: file!.name, data: file!.data });
      return api.request('sheets.preview', input);
    },
  });

  const chooseFile = useCallback((chosen: ChosenFile) => {
    setFile(chosen);
    setSheet(chosen.info.sheets[0]?.name ?? '');
    setMapping(undefined);
    setPage(0);
    setShow('all');
  }, []);

  /** A new mapping starts the preview from its first page. */
  const changeMapping = useCallback((next: SheetMapping) => {
    setMapping(next);
    setPage(0);
  }, []);

  const reset = useCallback(() => {
    setFile(null);
    setMapping(undefined);
    setStep('file');
  }, []);

  return {
    step,
    setStep,
    file,
    chooseFile,
    sheet,
    setSheet: (s: string) => {
      setSheet(s);
      setMapping(undefined);
    },
    kind,
    setKind: (k: SheetKind) => {
      setKind(k);
      setMapping(undefined);
    },
    /** The mapping in force: the person's, else the one the preview guessed. */
    mapping:
      mapping ?? (preview.data?.kind === kind && preview.data.sheet === sheet ? preview.data.mapping : undefined),
    changeMapping,
    page,
    setPage,
    show,
    setShow: (s: PreviewShow) => {
      setShow(s);
      setPage(0);
    },
    preview,
    reset,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;

/** The date columns whose order is still to be chosen. */
export function undecidedColumns(preview: SheetPreview | undefined): string[] {
  return (preview?.dateColumns ?? [])
    .filter((d) => d.using === null && (d.order === 'ask' || d.order === 'conflict'))
    .map((d) => d.column);
}

/** The plan fields every call about this import carries. */
export function planInput(w: ImportWizard) {
  return { fileName: w.file!.name, sheet: w.sheet, kind: w.kind, ...(w.mapping ? { mapping: w.mapping } : {}) };
}
