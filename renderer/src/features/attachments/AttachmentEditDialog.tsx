/** Edits what the person says about an attachment: title, kind, language, partial date, note. */
import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_KINDS, type Attachment, type AttachmentKind } from '../../../../electron/common/domain/attachments';
import { formatPartialDate } from '../../i18n/dates';
import { useApiMutation } from '../../api/hooks';
import { PartialDateInput } from '../../components/PartialDateInput';
import { ATTACHMENTS_NS } from './strings';

export function AttachmentEditDialog({ attachment, onClose }: { attachment: Attachment | null; onClose(): void }) {
  const { t } = useTranslation(ATTACHMENTS_NS);
  const { t: tc } = useTranslation();
  const update = useApiMutation('attachments.update');
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<AttachmentKind>('other');
  const [language, setLanguage] = useState('');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => {
    if (!attachment) return;
    setTitle(attachment.title);
    setKind(attachment.kind);
    setLanguage(attachment.language);
    setDate(attachment.date === 'XXXX' ? '' : formatPartialDate(attachment.date));
    setNote(attachment.note);
    update.reset();
    // Only when another attachment is opened for editing (update is a fresh object every render).
  }, [attachment]);

  async function save() {
    if (!attachment) return;
    await update
      .mutateAsync({ id: attachment.id, meta: { title, kind, language, date, note } })
      .then(onClose, () => undefined);
  }

  return (
    <Modal
      opened={attachment !== null}
      onClose={onClose}
      title={t('form.title')}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('form.name')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            data-autofocus
          />
          <Select
            label={t('form.kind')}
            data={ATTACHMENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v as AttachmentKind)}
            allowDeselect={false}
          />
          <TextInput
            label={t('form.language')}
            placeholder={t('form.languageHint')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value)}
          />
          <PartialDateInput label={t('form.date')} value={date} onChange={setDate} />
          <Textarea
            label={t('form.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          {update.error ? (
            <div role="alert" style={{ color: 'var(--mantine-color-red-7)', fontSize: 14 }}>
              {update.error.message}
            </div>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {tc('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
