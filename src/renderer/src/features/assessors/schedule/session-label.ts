import type { TFunction } from 'i18next';
import type { ScheduleSession } from '../../../../../shared/contract';
import { formatDayShort } from '../shared/format';

/** "Sen 22/08 · 08:00–10:00 · LGD · Ruang A": one line that names a session everywhere. */
export function sessionLabel(session: ScheduleSession, t: TFunction, language: string): string {
  return [
    formatDayShort(session.day, language),
    `${session.start}–${session.end}`,
    session.methodCode ?? t('assessors.schedule.noMethodShort'),
    session.room,
  ]
    .filter(Boolean)
    .join(' · ');
}
