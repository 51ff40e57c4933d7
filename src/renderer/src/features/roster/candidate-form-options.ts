import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateId, MONTHS_ID } from '../../../../shared/domain/dates';
import { formatGrade, GRADES } from '../../../../shared/domain/grades';
import type { ParsedNip } from '../../../../shared/domain/nip';
import { POSITION_LEVELS, type PositionKind } from '../../../../shared/domain/positions';

/** "Penata Muda (III/a)": searching "III/a" or "penata" finds it. */
export const gradeOptions = GRADES.map((grade) => ({ value: grade.code, label: formatGrade(grade.code) }));

const KINDS: readonly PositionKind[] = [
  'jpt',
  'administrasi',
  'fungsional-keahlian',
  'fungsional-keterampilan',
];

/**
 * The position levels grouped by kind. A level that older data spells otherwise (the import keeps
 * text it cannot read) stays selectable, so opening the form never silently drops it.
 */
export function levelOptions(current: string, t: TFunction) {
  const groups = KINDS.map((kind) => ({
    group: t(`rosterEdit.form.levelGroups.${kind}`),
    items: POSITION_LEVELS.filter((level) => level.kind === kind).map((level) => level.level as string),
  }));
  const known = POSITION_LEVELS.some((level) => level.level === current);
  return current && !known
    ? [...groups, { group: t('rosterEdit.form.levelGroups.other'), items: [current] }]
    : groups;
}

const MONTHS_EN = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

export function formatDate(iso: string, language: string): string {
  if (language === 'id') return formatDateId(iso);
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function monthYear(year: number, month: number, language: string): string {
  const name =
    language === 'id' ? MONTHS_ID[month - 1] : MONTHS_EN.format(new Date(Date.UTC(year, month - 1, 1)));
  return `${name ?? month} ${year}`;
}

/** What a valid NIP says, as one line: "PNS · lahir 26 September 1986 · laki-laki · TMT CPNS Mei 2015". */
export function useNipReading(nip: ParsedNip | null): string | null {
  const { t, i18n } = useTranslation();
  if (!nip) return null;
  const language = i18n.language;
  const birth = formatDate(nip.birthDate, language);
  const gender = t(`rosterEdit.form.genders.${nip.gender}`).toLocaleLowerCase(language);
  return nip.appointmentMonth === null
    ? t('rosterEdit.form.nipPppk', { birth, gender, year: String(nip.appointmentYear) })
    : t('rosterEdit.form.nipPns', {
        birth,
        gender,
        appointment: monthYear(nip.appointmentYear, nip.appointmentMonth, language),
      });
}
