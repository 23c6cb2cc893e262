/**
 * Ctrl+K: jump to any record by title. Type to filter, arrows to move, Enter to open, Esc to close. Each row says
 * what tells similar records apart — the counterparts, the kind's subtitle and the date — and a long title wraps,
 * cut (if at all) in the middle, since treaty titles share their start and differ at their end.
 */
import { Badge, Group, Modal, ScrollArea, Text, TextInput, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../electron/common/domain/search';
import type { RecordKind } from '../../../electron/common/domain/vocab';
import { useApiQuery } from '../api/hooks';
import { Highlighted } from '../features/search/Highlighted';
import { usePaletteContentHits } from '../features/search/usePaletteContentHits';
import { formatPartialDate } from '../i18n/dates';
import { middleCut } from '../features/records/list/title';
import { KIND_ICONS, recordPath } from './kinds';
import { navigate } from './router';
import { takeTypeAhead } from './type-ahead';

const MAX_RESULTS = 50;

export function usePaletteState() {
  const [opened, setOpened] = useState(false);
  const open = useCallback(() => setOpened(true), []);
  const close = useCallback(() => setOpened(false), []);
  return { opened, open, close };
}

/**
 * Closed by Esc the palette gives the focus back to what had it; closed by opening a record it does not: the
 * focus goes to the new page's heading (app/arrival.ts).
 */
function useReturnFocus(opened: boolean) {
  const [returnFocus, setReturnFocus] = useState(true);
  useEffect(() => {
    if (opened) setReturnFocus(true);
  }, [opened]);
  return { returnFocus, leaving: () => setReturnFocus(false) };
}

/** Lower-cased, accents removed: "Difesa" and "difésa" match "difesa". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function CommandPalette({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const focus = useReturnFocus(opened);
  const closeForNavigation = () => {
    focus.leaving();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      returnFocus={focus.returnFocus}
      withCloseButton={false}
      padding={0}
      size={680}
      yOffset="12vh"
      title={<VisuallyHidden>{t('palette.title')}</VisuallyHidden>}
      classNames={{ content: 'ent-palette', header: 'ent-palette-header' }}
    >
      {opened ? <PaletteBody onClose={closeForNavigation} /> : null}
    </Modal>
  );
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const titles = useApiQuery('records.palette', {}, { staleTime: 0 });

  const results = useMemo(() => {
    const all = titles.data ?? [];
    const words = fold(query).split(/\s+/).filter(Boolean);
    const hits =
      words.length === 0
        ? all
        : all.filter((r) => {
            const hay = fold(`${r.title} ${r.subtitle} ${r.counterparts.join(' ')}`);
            return words.every((w) => hay.includes(w));
          });
    return hits.slice(0, MAX_RESULTS);
  }, [titles.data, query]);

  // Records whose text (not title) matches, from the search service; shown after the title matches.
  const content = usePaletteContentHits(query);
  const textHits = useMemo(() => {
    const shown = new Set(results.map((r) => r.id));
    return content.hits.filter((h) => !shown.has(h.id));
  }, [content.hits, results]);
  const total = results.length + textHits.length;

  useEffect(() => setCursor(0), [query]);

  // Enter typed before the list has answered (the titles load as the palette opens; text hits follow a pause) opens
  // the first match once it has: on a busy machine the answer is late, and the person has said what they want.
  const answering = !titles.isSuccess || (total === 0 && content.loading);
  const [enterWaiting, setEnterWaiting] = useState(false);

  const open = (index: number) => {
    const hit = results[index];
    const textHit: SearchHit | undefined = textHits[index - results.length];
    if (!hit && !textHit) return;
    onClose();
    if (hit) navigate(recordPath(hit.kind, hit.id));
    // The search page module is loaded only when a text hit is opened (it lands on the matched field).
    else if (textHit) void import('../features/search/SearchPage').then((m) => m.openHit(textHit));
  };

  useEffect(() => {
    if (!enterWaiting || answering) return;
    setEnterWaiting(false);
    open(cursor);
  }, [enterWaiting, answering]); // when the answer arrives, with the list as it is then

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setCursor((c) => Math.min(c + 1, total - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setCursor((c) => Math.max(c - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (total === 0 && answering) setEnterWaiting(true);
      else open(cursor);
    }
  };

  const activeId = cursor < total ? `palette-option-${cursor}` : undefined;
  return (
    <div>
      <TextInput
        data-autofocus
        data-takes-type-ahead
        size="sm"
        variant="unstyled"
        px="sm"
        className="ent-palette-input"
        leftSection={<IconSearch size={15} aria-hidden />}
        placeholder={t('palette.placeholder')}
        aria-label={t('palette.title')}
        role="combobox"
        aria-expanded
        aria-controls="palette-results"
        aria-activedescendant={activeId}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setEnterWaiting(false);
        }}
        // What was typed between Ctrl+K and this focus (app/type-ahead.ts) starts the query.
        onFocus={() => {
          const typed = takeTypeAhead();
          if (typed) setQuery((q) => q + typed);
        }}
        onKeyDown={onKeyDown}
      />
      <ScrollArea.Autosize mah={360} type="scroll">
        <div id="palette-results" role="listbox" aria-label={t('palette.results')} className="ent-palette-list">
          {results.map((r, i) => (
            <PaletteOption key={r.id} index={i} kind={r.kind} cursor={cursor} onPoint={setCursor} onOpen={open}>
              <div className="ent-palette-text" title={r.title}>
                <Text size="sm" className="ent-palette-title">
                  {middleCut(r.title, 140)}
                </Text>
                <Text size="xs" c="dimmed" truncate="end">
                  {[r.counterparts.join(', '), r.subtitle, r.date === 'XXXX' ? '' : formatPartialDate(r.date)]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </div>
            </PaletteOption>
          ))}
          {textHits.length ? (
            <Text className="ent-palette-group" size="xs" c="dimmed">
              {t('palette.inText')}
            </Text>
          ) : null}
          {textHits.map((h, j) => (
            <PaletteOption
              key={`text-${h.id}`}
              index={results.length + j}
              kind={h.kind}
              cursor={cursor}
              onPoint={setCursor}
              onOpen={open}
            >
              <Text size="sm" truncate="end" style={{ flex: '0 1 auto', maxWidth: 220 }}>
                {h.title}
              </Text>
              <Text size="xs" c="dimmed" truncate="end" style={{ flex: 1 }}>
                <Highlighted segments={h.snippet} />
              </Text>
            </PaletteOption>
          ))}
          {titles.isSuccess && total === 0 && !content.loading ? (
            <Text size="sm" c="dimmed" p="md">
              {t('palette.noMatch')}
            </Text>
          ) : null}
        </div>
      </ScrollArea.Autosize>
    </div>
  );
}

/** One choice in the list: the kind's icon, what the caller shows, the kind's name; pointing at it moves the cursor. */
function PaletteOption({
  index,
  kind,
  cursor,
  onPoint,
  onOpen,
  children,
}: {
  index: number;
  kind: RecordKind;
  cursor: number;
  onPoint: (index: number) => void;
  onOpen: (index: number) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const Icon = KIND_ICONS[kind];
  return (
    <UnstyledButton
      id={`palette-option-${index}`}
      role="option"
      aria-selected={index === cursor}
      tabIndex={-1}
      className="ent-palette-option"
      data-active={index === cursor || undefined}
      onMouseMove={() => onPoint(index)}
      onClick={() => onOpen(index)}
    >
      <Group gap={8} wrap="nowrap">
        <Icon size={15} stroke={1.6} aria-hidden />
        {children}
        <Badge variant="light" color="gray" size="xs">
          {t(`kinds.${kind}.one`)}
        </Badge>
      </Group>
    </UnstyledButton>
  );
}
