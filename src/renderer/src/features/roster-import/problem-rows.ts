import type { RosterProblem } from '../../../../shared/contract';

export type Severity = 'error' | 'warning';

export interface ProblemRow extends RosterProblem {
  severity: Severity;
}

export interface ProblemKind {
  code: string;
  severity: Severity;
  /** Rows with this problem. */
  count: number;
  /** The server's message of the first such row: it says how to fix it. */
  example: string;
}

/** Errors and warnings in one list, in the order of the spreadsheet's rows (errors first per row). */
export function problemRows(
  errors: readonly RosterProblem[],
  warnings: readonly RosterProblem[],
): ProblemRow[] {
  const rows: ProblemRow[] = [
    ...errors.map((p) => ({ ...p, severity: 'error' as const })),
    ...warnings.map((p) => ({ ...p, severity: 'warning' as const })),
  ];
  // Stable sort: within a row errors (listed first above) stay before warnings.
  return rows.sort((a, b) => a.row - b.row);
}

/** Each kind of problem once, errors first, the most frequent first. */
export function problemKinds(rows: readonly ProblemRow[]): ProblemKind[] {
  const kinds = new Map<string, ProblemKind>();
  for (const row of rows) {
    const kind = kinds.get(row.code);
    if (kind) kind.count++;
    else kinds.set(row.code, { code: row.code, severity: row.severity, count: 1, example: row.message });
  }
  return [...kinds.values()].sort((a, b) =>
    a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1,
  );
}
