/**
 * File ▸ Import spreadsheet…: choose a file → the sheet and what its rows are → what each column becomes → the
 * party names → every row as it will be stored → a dry-run summary → import, as one undoable change. Nothing is
 * written before the last step. Steps are a list of buttons (Tab and Enter reach each one already open).
 */
import { Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ColumnsStep } from './ColumnsStep';
import { FileStep } from './FileStep';
import { PartiesStep } from './PartiesStep';
import { PreviewStep } from './PreviewStep';
import { SummaryStep } from './SummaryStep';
import { STEPS, undecidedColumns, useImportWizard, type Step } from './useImportWizard';
import './import.css';

export default function ImportPage() {
  const { t } = useTranslation();
  const w = useImportWizard();
  const undecided = undecidedColumns(w.preview.data);
  const reachable = (step: Step) =>
    step === 'file' || (w.file !== null && (step === 'columns' || undecided.length === 0));
  const index = STEPS.indexOf(w.step);
  const next = STEPS[index + 1];
  const previous = STEPS[index - 1];

  return (
    <Stack gap={0}>
      <PageHeader title={t('importSheet.title')} subtitle={w.file ? w.file.name : t('importSheet.subtitle')} />
      <nav aria-label={t('importSheet.steps.label')} className="ent-import-steps">
        <ol>
          {STEPS.map((step, i) => (
            <li key={step}>
              <UnstyledButton
                className="ent-import-step"
                data-active={step === w.step || undefined}
                data-done={i < index || undefined}
                aria-current={step === w.step ? 'step' : undefined}
                disabled={!reachable(step)}
                onClick={() => w.setStep(step)}
                data-testid={`import-step-${step}`}
              >
                <span className="ent-import-step-n" aria-hidden>
                  {i + 1}
                </span>
                {t(`importSheet.steps.${step}`)}
              </UnstyledButton>
            </li>
          ))}
        </ol>
      </nav>
      <Stack gap="sm" p="md" className="ent-import-body">
        {w.step === 'file' ? <FileStep w={w} /> : null}
        {w.step === 'columns' ? <ColumnsStep w={w} /> : null}
        {w.step === 'parties' ? <PartiesStep w={w} /> : null}
        {w.step === 'preview' ? <PreviewStep w={w} /> : null}
        {w.step === 'summary' ? <SummaryStep w={w} /> : null}
        {w.step !== 'summary' ? (
          <Group justify="space-between" className="ent-import-nav">
            {previous ? (
              <Button variant="default" leftSection={<IconArrowLeft size={14} />} onClick={() => w.setStep(previous)}>
                {t('importSheet.back')}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="sm">
              {w.step === 'columns' && undecided.length > 0 ? (
                <Text size="sm" c="red.8" role="status">
                  {t('importSheet.columns.undecided', { columns: undecided.map((c) => `“${c}”`).join(', ') })}
                </Text>
              ) : null}
              {next ? (
                <Button
                  rightSection={<IconArrowRight size={14} />}
                  disabled={!reachable(next) || !w.preview.data}
                  onClick={() => w.setStep(next)}
                  data-testid="import-next"
                >
                  {t('importSheet.next')}
                </Button>
              ) : null}
            </Group>
          </Group>
        ) : null}
      </Stack>
    </Stack>
  );
}
