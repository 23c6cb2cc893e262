/**
 * The record page's Attachments section: the documents kept with the record, added with the button (the system's
 * open dialog) or by dropping files anywhere on the page (several at once); each opens as a verified read-only copy,
 * can be saved, shown in its folder (desktop), replaced by a new version, described, or removed (with Undo).
 * A search hit inside a document arrives as `?field=attachment:<id>:<page>` and is pointed out here.
 */
import { ActionIcon, Alert, Badge, Button, Group, Menu, Stack, Text, Tooltip } from '@mantine/core';
import { IconDots, IconFileText, IconPaperclip } from '@tabler/icons-react';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import {
  describeType,
  disguiseOf,
  parseAttachmentField,
  type Attachment,
} from '../../../../electron/common/domain/attachments';
import { formatPartialDate } from '../../i18n/dates';
import { api, transportKind } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useReadOnly } from '../../api/read-only';
import { Section } from '../../components/Section';
import { AttachmentEditDialog } from './AttachmentEditDialog';
import './attachments.css';
import { ATTACHMENTS_NS } from './strings';
import { useAttachFiles } from './useAttachFiles';

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The attachment field a search hit pointed at, from the page address (`#/agreements/<id>?field=…`). */
function foundField(): { attachmentId: string; page: number } | null {
  const params = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  return parseAttachmentField(params.get('field'));
}

/**
 * Files dragged over the window are taken by this section while it is on screen. The browser's own drop (opening
 * the file in place of the app) is always prevented, read-only window or not.
 */
function useFileDrop(onFiles: (files: File[]) => void): boolean {
  const [over, setOver] = useState(false);
  const handler = useRef(onFiles);
  handler.current = onFiles;
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      handler.current(Array.from(e.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over;
}

export function AttachmentsSection({ recordId }: { recordId: string }) {
  const { t } = useTranslation(ATTACHMENTS_NS);
  const list = useApiQuery('attachments.list', { recordId });
  const { attach, phase, error, clearError } = useAttachFiles(recordId);
  const remove = useApiMutation('attachments.remove');
  const restore = useApiMutation('attachments.restore');
  // A read-only register offers no "Add files" (the attach could only be refused; the banner says why).
  const readOnly = useReadOnly();
  const [removed, setRemoved] = useState<Attachment | null>(null);
  const [editing, setEditing] = useState<Attachment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const addInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const replacing = useRef<string | null>(null);
  // A read-only window takes a drop and attaches nothing: it says why once, in the banner's words (issue 15), instead
  // of sending the files to be refused.
  const dragging =
    useFileDrop((files) => (readOnly ? setProblem(t('readOnlyDrop', { reason: readOnly })) : void attach(files))) &&
    !readOnly;
  const found = foundField();

  async function handOver(
    channel: 'attachments.open' | 'attachments.save' | 'attachments.reveal',
    input: { id: string; page?: number },
  ) {
    setProblem(null);
    const reply = await api.call(channel, input);
    if (!reply.ok) return setProblem(reply.error.message);
    if (reply.value.url) window.open(reply.value.url, '_blank', 'noopener');
  }

  async function removeOne(a: Attachment) {
    await remove.mutateAsync({ id: a.id });
    setRemoved(a);
  }

  const attachments = list.data ?? [];
  const busy = phase.step !== 'idle';
  return (
    <Section
      id="attachments"
      title={t('title')}
      actions={
        readOnly ? null : (
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconPaperclip size={14} aria-hidden />}
            onClick={() => addInput.current?.click()}
            loading={phase.step === 'uploading'}
          >
            {t('add')}
          </Button>
        )
      }
    >
      <input
        ref={addInput}
        type="file"
        multiple
        hidden
        aria-label={t('add')}
        data-testid="attach-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          void attach(files);
        }}
      />
      <input
        ref={replaceInput}
        type="file"
        hidden
        aria-label={t('replace')}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []).slice(0, 1);
          e.currentTarget.value = '';
          if (replacing.current) void attach(files, replacing.current);
        }}
      />
      <Stack gap="xs" className="ent-attachments" data-dragging={dragging || undefined}>
        {dragging ? (
          <Text size="sm" fw={600} className="ent-drop-target">
            {t('dropHere')}
          </Text>
        ) : null}
        {error || problem ? (
          <Alert
            color="red"
            variant="light"
            withCloseButton
            onClose={() => (clearError(), setProblem(null))}
            role="alert"
          >
            {error ?? problem}
          </Alert>
        ) : null}
        {removed ? (
          <Group gap="xs" role="status">
            <Text size="sm">{t('removed', { title: removed.title })}</Text>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => void restore.mutateAsync({ id: removed.id }).then(() => setRemoved(null))}
            >
              {t('undo')}
            </Button>
          </Group>
        ) : null}
        {busy ? (
          <Text size="sm" c="dimmed" role="status">
            {phase.step === 'uploading' ? t('uploading', { count: phase.count }) : t('extracting')}
          </Text>
        ) : null}
        {attachments.length === 0 && !busy ? (
          <Text size="sm" c="dimmed">
            {t('none')} {readOnly ? null : t('dropHint')}
          </Text>
        ) : null}
        {attachments.map((a) => (
          <AttachmentRow
            key={a.id}
            attachment={a}
            foundPage={found?.attachmentId === a.id ? found.page : null}
            onOpen={(page) => void handOver('attachments.open', { id: a.id, ...(page ? { page } : {}) })}
            onSave={() => void handOver('attachments.save', { id: a.id })}
            onReveal={() => void handOver('attachments.reveal', { id: a.id })}
            onReplace={() => {
              replacing.current = a.id;
              replaceInput.current?.click();
            }}
            onEdit={() => setEditing(a)}
            onRemove={() => void removeOne(a)}
          />
        ))}
      </Stack>
      <AttachmentEditDialog attachment={editing} onClose={() => setEditing(null)} />
    </Section>
  );
}

interface RowProps {
  attachment: Attachment;
  foundPage: number | null;
  onOpen(page?: number): void;
  onSave(): void;
  onReveal(): void;
  onReplace(): void;
  onEdit(): void;
  onRemove(): void;
}

function AttachmentRow({ attachment: a, foundPage, ...on }: RowProps) {
  const { t } = useTranslation(ATTACHMENTS_NS);
  const v = a.versions[0]!;
  const disguise = disguiseOf(v.fileName, v.mediaType);
  const stateColor =
    v.textState === 'text' ? 'teal' : v.textState === 'pending' ? 'gray' : v.textState === 'refused' ? 'red' : 'yellow';
  const stateLabel = v.textState === 'text' ? t('pages', { count: Math.max(1, v.pages) }) : t(`state.${v.textState}`);
  const reason = v.textReason;
  return (
    <div className="ent-attachment" data-found={foundPage !== null || undefined} data-testid="attachment-row">
      <Group gap={8} wrap="nowrap" align="flex-start">
        <IconFileText size={18} stroke={1.5} aria-hidden style={{ marginTop: 2, flexShrink: 0 }} />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Button variant="subtle" size="compact-sm" px={0} onClick={() => on.onOpen()} title={t('open')}>
              {a.title}
            </Button>
            <Badge size="xs" variant="light" tt="none">
              {t(`kind.${a.kind}`)}
            </Badge>
            {a.date !== 'XXXX' ? <Text size="xs">{formatPartialDate(a.date)}</Text> : null}
            {a.language ? (
              <Text size="xs" c="dimmed">
                {a.language}
              </Text>
            ) : null}
            <Tooltip label={reason || t(`state.${v.textState}`)} multiline w={320} disabled={!reason}>
              <Badge
                size="xs"
                variant="outline"
                color={stateColor}
                className="ent-text-state"
                style={
                  {
                    '--ent-tone-strong': `var(--mantine-color-${stateColor}-9)`,
                    '--ent-tone-soft': `var(--mantine-color-${stateColor}-2)`,
                  } as CSSProperties
                }
                tt="none"
                tabIndex={reason ? 0 : -1}
              >
                {stateLabel}
              </Badge>
            </Tooltip>
          </Group>
          <Text size="xs" c="dimmed" className="ent-num">
            {[
              v.fileName !== a.title ? v.fileName : null,
              describeType(v.mediaType),
              size(v.size),
              v.version > 1 ? t('version', { n: v.version }) : null,
              t('hash', { prefix: v.sha256.slice(0, 12) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {v.textState !== 'text' && v.textReason ? (
            <Text size="xs" c="dimmed">
              {v.textReason}
            </Text>
          ) : null}
          {disguise && v.textState === 'text' ? (
            <Text size="xs" c="orange.8">
              {disguise}
            </Text>
          ) : null}
          {a.note ? <Text size="xs">{a.note}</Text> : null}
          {foundPage !== null ? (
            <Group gap="xs">
              <Text size="xs" fw={600}>
                {foundPage > 0 ? t('foundOnPage', { page: foundPage }) : t('foundInText')}
              </Text>
              <Button size="compact-xs" variant="light" onClick={() => on.onOpen(foundPage || undefined)}>
                {foundPage > 0 ? t('openAtPage', { page: foundPage }) : t('open')}
              </Button>
            </Group>
          ) : null}
        </Stack>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('actionsFor', { title: a.title })}>
              <IconDots size={16} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => on.onOpen()}>{t('open')}</Menu.Item>
            <Menu.Item onClick={on.onSave}>{t('saveCopy')}</Menu.Item>
            {transportKind() === 'ipc' ? <Menu.Item onClick={on.onReveal}>{t('reveal')}</Menu.Item> : null}
            <Menu.Item onClick={on.onReplace}>{t('replace')}</Menu.Item>
            <Menu.Item onClick={on.onEdit}>{t('edit')}</Menu.Item>
            <Menu.Divider />
            <Menu.Item color="red" onClick={on.onRemove}>
              {t('remove')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {a.versions.length > 1 ? (
        <Text size="xs" c="dimmed" pl={26}>
          {t('versions', {
            list: a.versions
              .slice(1)
              .map((old) => `${old.version}: ${old.fileName}`)
              .join(', '),
          })}
        </Text>
      ) : null}
    </div>
  );
}
