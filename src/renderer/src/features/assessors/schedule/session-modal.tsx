import { Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentMethod, Program, ScheduleSession } from '../../../../../shared/contract';
import { parseIsoDate } from '../../../../../shared/domain/dates';
import { useApi } from '../../../api/api-context';
import { toApiError } from '../../../api/api-error';
import { notifySuccess } from '../../../lib/notify';
import { fieldErrorsOf, type FieldErrors } from '../shared/field-errors';
import { ModalFooter } from '../shared/modal-footer';

interface SessionModalProps {
  opened: boolean;
  program: Program;
  session: ScheduleSession | null;
  methods: AssessmentMethod[];
  /** The day a new session starts on: the last day already planned, or the programme's start. */
  defaultDay: string;
  onClose: () => void;
}

const NO_METHOD = 'none';
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export function SessionModal({ opened, program, session, methods, defaultDay, onClose }: SessionModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={session ? t('assessors.schedule.editSessionTitle') : t('assessors.schedule.newSessionTitle')}
      size={600}
      closeOnClickOutside={false}
    >
      <SessionForm
        program={program}
        session={session}
        methods={methods}
        defaultDay={defaultDay}
        onDone={onClose}
      />
    </Modal>
  );
}

function SessionForm({
  program,
  session,
  methods,
  defaultDay,
  onDone,
}: Omit<SessionModalProps, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [day, setDay] = useState(session?.day ?? defaultDay);
  const [start, setStart] = useState(session?.start ?? '08:00');
  const [end, setEnd] = useState(session?.end ?? '10:00');
  const [room, setRoom] = useState(session?.room ?? '');
  const [method, setMethod] = useState(
    session?.methodId ? String(session.methodId) : methods[0] ? String(methods[0].id) : NO_METHOD,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const clear = (field: string) => setErrors(({ [field]: _old, ...rest }) => rest);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!parseIsoDate(day)) found.day = t('assessors.schedule.dayRequired');
    if (!CLOCK.test(start)) found.start = t('assessors.schedule.timeInvalid');
    if (!CLOCK.test(end)) found.end = t('assessors.schedule.timeInvalid');
    else if (CLOCK.test(start) && end <= start) found.end = t('assessors.schedule.endBeforeStart');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFormError(null);
    try {
      await api.invoke('schedule:save-session', {
        programId: program.id,
        ...(session && { id: session.id }),
        day,
        start,
        end,
        room: room.trim(),
        methodId: method === NO_METHOD ? null : Number(method),
      });
      notifySuccess(t('assessors.schedule.sessionSaved'));
      onDone();
    } catch (caught) {
      const { fields, form } = fieldErrorsOf(toApiError(caught), {
        'session-time-invalid': 'end',
        'session-room-busy': 'room',
        'session-has-attendance': 'methodId',
      });
      setErrors(fields);
      setFormError(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Group grow align="flex-start" gap="md">
          <TextInput
            type="date"
            label={t('assessors.schedule.day')}
            withAsterisk
            data-autofocus
            value={day}
            error={errors.day}
            onChange={(event) => {
              setDay(event.currentTarget.value);
              clear('day');
            }}
          />
          <TextInput
            type="time"
            label={t('assessors.schedule.start')}
            withAsterisk
            value={start}
            error={errors.start}
            onChange={(event) => {
              setStart(event.currentTarget.value);
              clear('start');
            }}
          />
          <TextInput
            type="time"
            label={t('assessors.schedule.end')}
            withAsterisk
            value={end}
            error={errors.end}
            onChange={(event) => {
              setEnd(event.currentTarget.value);
              clear('end');
            }}
          />
        </Group>
        <TextInput
          label={t('assessors.schedule.room')}
          placeholder={t('assessors.schedule.roomPlaceholder')}
          maxLength={120}
          value={room}
          error={errors.room}
          onChange={(event) => {
            setRoom(event.currentTarget.value);
            clear('room');
          }}
        />
        <Select
          label={t('assessors.schedule.method')}
          description={t('assessors.schedule.methodHint')}
          allowDeselect={false}
          data={[
            ...methods.map((m) => ({ value: String(m.id), label: `${m.code} — ${m.name}` })),
            { value: NO_METHOD, label: t('assessors.schedule.noMethod') },
          ]}
          value={method}
          error={errors.methodId}
          onChange={(value) => {
            setMethod(value ?? NO_METHOD);
            clear('methodId');
          }}
        />
        <ModalFooter
          error={formError}
          busy={busy}
          submitLabel={t('assessors.common.save')}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
