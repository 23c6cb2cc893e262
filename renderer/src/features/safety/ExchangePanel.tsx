/** File ▸ Export / Import: an exchange bundle out, and in with a dry-run summary first. */
import { Alert, Button, FileButton, Group, List, Stack, Table, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../../../electron/common/contract/safety';
import { uploadFile } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { useReadOnly } from '../../api/read-only';
import { Section } from '../../components/Section';
import { useFocusWhenDone } from '../../components/useFocusWhenDone';
import { formatInstant } from '../../components/format';
import { SAFETY_NS } from './strings';

interface Pending {
  file: File;
  plan: ImportOutcome;
}

/**
 * A bundle as the import channel takes it: a JSON bundle as text; a ZIP bundle (it carries attachments) staged with
 * the host as an upload — once per call, since an upload id is taken once.
 */
async function bundleInput(file: File): Promise<{ text: string } | { upload: string }> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (!(head[0] === 0x50 && head[1] === 0x4b)) return { text: await file.text() };
  const staged = await uploadFile(file);
  if (!staged.ok) throw new Error(staged.error.message);
  return { upload: staged.value.id };
}

/** The preview server hands back a one-time download URL; the desktop app saved through a dialog already. */
function startDownload(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
}

export function ExchangePanel({ importRequest }: { importRequest?: number }) {
  const { t } = useTranslation(SAFETY_NS);
  const exporter = useApiMutation('bundle.export');
  const importer = useApiMutation('bundle.import');
  // An import changes the register: a read-only one disables it, saying why.
  const readOnly = useReadOnly();
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<ImportOutcome | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  // The export button is disabled while the bundle is written: when it is done the focus goes to what it says
  // (saved, or the error), or back to the button (the save dialog was cancelled) — never left on the page body.
  const section = useRef<HTMLDivElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const exportOutcome = useRef<HTMLDivElement>(null);
  useFocusWhenDone(
    exporter.isSuccess || exporter.isError ? `${exporter.submittedAt}:${exporter.status}` : null,
    () => exportOutcome.current ?? exportButton.current,
    [section, exportButton],
  );
  // So does a confirmed import: the plan and its button go, the focus goes to what was imported (or the error).
  const importOutcome = useRef<HTMLDivElement>(null);
  useFocusWhenDone(
    done || importer.isError ? `${importer.submittedAt}:${importer.status}` : null,
    () => importOutcome.current,
    [section],
  );

  const choose = async (file: File | null) => {
    if (!file) return;
    setDone(null);
    setReadError(null);
    try {
      importer.mutate(
        { ...(await bundleInput(file)), fileName: file.name, dryRun: true },
        { onSuccess: (plan) => setPending({ file, plan }) },
      );
    } catch (error) {
      setReadError(error instanceof Error ? error.message : String(error));
    }
  };

  const confirm = async () => {
    if (!pending) return;
    let input: { text: string } | { upload: string };
    try {
      input = await bundleInput(pending.file);
    } catch (error) {
      return setReadError(error instanceof Error ? error.message : String(error));
    }
    importer.mutate(
      { ...input, fileName: pending.file.name, dryRun: false },
      {
        onSuccess: (outcome) => {
          setPending(null);
          setDone(outcome);
        },
      },
    );
  };

  return (
    <Section
      id="exchange"
      title={t('exchange.title')}
      actions={
        <Group gap={4}>
          <Button
            ref={exportButton}
            size="xs"
            variant="default"
            loading={exporter.isPending}
            data-testid="export-bundle"
            onClick={() =>
              exporter.mutate({}, { onSuccess: (r) => r.downloadUrl && startDownload(r.downloadUrl, r.fileName) })
            }
          >
            {t('exchange.export')}
          </Button>
          <FileButton
            onChange={(file) => void choose(file)}
            accept="application/json,.json,application/zip,.zip"
            key={importRequest}
          >
            {(props) => (
              <Button
                size="xs"
                variant="default"
                {...props}
                disabled={readOnly !== null}
                title={readOnly ?? undefined}
                data-testid="import-bundle"
              >
                {t('exchange.import')}
              </Button>
            )}
          </FileButton>
        </Group>
      }
    >
      <Stack gap="xs" ref={section}>
        <Text size="sm" c="dimmed">
          {t('exchange.intro')}
        </Text>
        {exporter.isSuccess && exporter.data.saved ? (
          <Alert color="green" role="status" ref={exportOutcome} tabIndex={-1} data-testid="export-done">
            {t('exchange.exported', {
              records: exporter.data.records,
              where: exporter.data.path ?? exporter.data.fileName,
            })}
          </Alert>
        ) : null}
        {exporter.isError ? (
          <Alert color="red" role="alert" ref={exportOutcome} tabIndex={-1}>
            {exporter.error.message}
          </Alert>
        ) : null}
        {importer.isError ? (
          <Alert color="red" role="alert" data-testid="import-error" ref={importOutcome} tabIndex={-1}>
            {importer.error.message}
          </Alert>
        ) : null}
        {readError ? (
          <Alert color="red" role="alert">
            {readError}
          </Alert>
        ) : null}
        {pending ? (
          <ImportPlan
            pending={pending}
            onConfirm={() => void confirm()}
            onCancel={() => setPending(null)}
            busy={importer.isPending}
          />
        ) : null}
        {done ? (
          <Alert color="green" role="status" data-testid="import-done" ref={importOutcome} tabIndex={-1}>
            {t('exchange.imported', { created: done.created.length, updated: done.updated.length })}
          </Alert>
        ) : null}
      </Stack>
    </Section>
  );
}

function ImportPlan({
  pending,
  onConfirm,
  onCancel,
  busy,
}: {
  pending: Pending;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation(SAFETY_NS);
  const { plan } = pending;
  // A bundle that brings only a document (a new signed copy, a replaced version) still has something to import.
  const documents = plan.attachments.added + plan.attachments.versions + plan.attachments.described;
  return (
    <Alert color="blue" data-testid="import-plan" title={t('exchange.summary', { file: pending.file.name })}>
      <Stack gap="xs">
        <List size="sm">
          <List.Item>{t('exchange.create', { count: plan.created.length })}</List.Item>
          <List.Item>{t('exchange.update', { count: plan.updated.length })}</List.Item>
          <List.Item>{t('exchange.skip', { count: plan.skippedOlder.length })}</List.Item>
          <List.Item>{t('exchange.same', { count: plan.unchanged.length })}</List.Item>
          {documents > 0 ? (
            <List.Item>
              {t('exchange.documents', {
                added: plan.attachments.added,
                versions: plan.attachments.versions,
                described: plan.attachments.described,
              })}
            </List.Item>
          ) : null}
        </List>
        {plan.conflicts.length > 0 ? (
          <>
            <Text size="sm" fw={600}>
              {t('exchange.conflicts', { count: plan.conflicts.length })}
            </Text>
            <Table className="ent-table" aria-label={t('exchange.conflicts', { count: plan.conflicts.length })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('exchange.conflictBundle')}</Table.Th>
                  <Table.Th>{t('exchange.conflictHere')}</Table.Th>
                  <Table.Th>{t('exchange.conflictResult')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.conflicts.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      “{c.bundle.title}”{' '}
                      <Text span size="xs" c="dimmed">
                        {formatInstant(c.bundle.updatedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      “{c.database.title}”{' '}
                      <Text span size="xs" c="dimmed">
                        {formatInstant(c.database.updatedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`exchange.resolution.${c.resolution}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        ) : null}
        <Group justify="flex-end">
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('exchange.cancel')}
          </Button>
          <Button
            size="xs"
            onClick={onConfirm}
            loading={busy}
            data-testid="confirm-import"
            disabled={plan.created.length + plan.updated.length + documents === 0}
          >
            {t('exchange.confirm')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
