/**
 * Export buttons, one per format. An export is a job on the host (reports.start → reports.progress …):
 * the panel polls its progress, offers Cancel while it runs, then shows where the file went — a saved path
 * with "Show in folder" in the desktop app, a download link in the browser preview (one-time URLs: the person
 * clicks it, so no popup blocker eats it and nothing fetches it before they do).
 */
import { Alert, Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFormat, ReportRequestInput } from '../../../../electron/common/domain/report';
import type { ReportJob } from '../../../../electron/common/contract/reports';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useFocusWhenDone } from '../../components/useFocusWhenDone';
import { REPORTS_NS } from './strings';

const FORMATS: ReportFormat[] = ['pdf', 'docx', 'xlsx', 'csv', 'ics', 'html', 'json'];
const POLL_MS = 300;

export function ExportPanel({
  request,
  disabled,
  onExported,
}: {
  request: ReportRequestInput;
  disabled: boolean;
  /** Called once when an export has finished: the builder's scope is then no longer unsaved work. */
  onExported?: () => void;
}) {
  const { t } = useTranslation(REPORTS_NS);
  const options = useApiQuery('reports.options', {});
  const [job, setJob] = useState<ReportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = job?.state === 'running';
  // The format buttons are disabled while the job runs: the focus follows the job to its status line, then to
  // its result (where the file went, the download link, the error), never left on the page body.
  const panel = useRef<HTMLDivElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  useFocusWhenDone(error ? `error:${error}` : job ? `${job.jobId}:${job.state}` : null, () => outcome.current, [panel]);

  useEffect(() => {
    if (!job || job.state !== 'running') return;
    const timer = setTimeout(async () => {
      const reply = await api.call('reports.progress', { jobId: job.jobId });
      if (reply.ok) {
        setJob(reply.value);
        if (reply.value.state === 'done') onExported?.();
      } else setError(reply.error.message);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);

  const start = async (format: ReportFormat) => {
    setError(null);
    const reply = await api.call('reports.start', { request, format });
    if (reply.ok) {
      setJob(reply.value);
      if (reply.value.state === 'done') onExported?.();
    } else setError(reply.error.message);
  };
  const cancel = async () => {
    if (!job) return;
    const reply = await api.call('reports.cancel', { jobId: job.jobId });
    if (reply.ok) setJob(reply.value);
  };
  const reveal = async () => {
    if (job) await api.call('reports.reveal', { jobId: job.jobId });
  };

  return (
    <Stack gap="xs" aria-live="polite" ref={panel}>
      <Group gap="xs">
        <Text fw={700} size="sm">
          {t('export')}
        </Text>
        {FORMATS.map((format) => (
          <Button
            key={format}
            size="xs"
            variant={format === 'pdf' ? 'filled' : 'default'}
            disabled={disabled || running}
            onClick={() => void start(format)}
          >
            {t(`format.${format}`)}
          </Button>
        ))}
      </Group>
      <Stack gap="xs" ref={outcome} tabIndex={-1} className="ent-export-outcome">
        {running && (
          <Group gap="sm" wrap="nowrap">
            <Progress value={Math.round(job.progress * 100)} animated style={{ flex: 1 }} aria-label={job.stage} />
            <Text size="sm" c="dimmed">
              {job.stage}
            </Text>
            <Button size="xs" variant="light" color="red" onClick={() => void cancel()}>
              {t('cancel')}
            </Button>
          </Group>
        )}
        {job?.state === 'done' && job.result && (
          <Group gap="sm">
            {job.result.path ? (
              <>
                <Text size="sm">{t('savedTo', { path: job.result.path })}</Text>
                {options.data?.canReveal && (
                  <Button size="xs" variant="subtle" onClick={() => void reveal()}>
                    {t('reveal')}
                  </Button>
                )}
              </>
            ) : job.result.downloadUrl ? (
              <Text size="sm">
                {t('downloaded', { name: job.result.fileName })}{' '}
                <Anchor href={job.result.downloadUrl} download={job.result.fileName}>
                  {t('download')}
                </Anchor>
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('notSaved')}
              </Text>
            )}
          </Group>
        )}
        {job?.state === 'cancelled' && (
          <Text size="sm" c="dimmed">
            {t('cancelled')}
          </Text>
        )}
        {job?.state === 'failed' && (
          <Alert color="red" variant="light">
            {t('failed', { message: job.error?.message ?? '' })}
          </Alert>
        )}
        {error && (
          <Alert color="red" variant="light">
            {error}
          </Alert>
        )}
      </Stack>
    </Stack>
  );
}
