import type { AttendanceRow } from '../../../../../shared/contract';
import { normaliseNipText } from '../../../../../shared/domain/nip';
import { buildTextIndex, filterTextIndex, type TextIndex } from '../../../lib/text-filter';

export interface SessionMatches {
  /** Matching rows, the exact hit (if any) first. */
  rows: AttendanceRow[];
  /** A participant number or whole NIP that names exactly one person: Enter may mark it at once. */
  exact: AttendanceRow | null;
}

export function indexRows(rows: readonly AttendanceRow[]): TextIndex {
  return buildTextIndex(rows, (row) => `${row.participantNo} ${row.name}`);
}

const sameNumber = (participantNo: string, digits: string) =>
  participantNo === digits ||
  (/^\d+$/.test(participantNo) &&
    digits.length <= participantNo.length &&
    Number(participantNo) === Number(digits));

/**
 * What the door operator's typing points at, within one session. Digits (with the spaces, dots or
 * apostrophe people type in an NIP) look at participant numbers and NIPs from their start, so
 * "7" finds participant 007 and "19860926 2015" finds that NIP; letters look at names word by word.
 */
export function matchSession(
  rows: readonly AttendanceRow[],
  index: TextIndex,
  query: string,
): SessionMatches {
  const text = query.trim();
  if (text === '') return { rows: [], exact: null };
  const digits = normaliseNipText(text);
  if (/^\d+$/.test(digits)) {
    const exact =
      rows.find((row) => row.nip === digits) ??
      rows.find((row) => sameNumber(row.participantNo, digits)) ??
      null;
    const found = rows.filter(
      (row) => row !== exact && (row.participantNo.startsWith(digits) || row.nip.startsWith(digits)),
    );
    return { rows: exact ? [exact, ...found] : found, exact };
  }
  const positions = filterTextIndex(index, text) ?? [];
  return { rows: positions.map((i) => rows[i] as AttendanceRow), exact: null };
}
