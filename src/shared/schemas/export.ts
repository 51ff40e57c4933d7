/**
 * Schemas of the hand-over to BKPSDM (issue 7): the results workbook or its CSV, and the problem
 * lists of the last imports. Names carry an Export/ProblemList prefix because contract.ts
 * re-exports every schema module into one namespace.
 */
import { FileRef, id, z } from './common';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/**
 * `;` is what Excel set to Indonesian expects (its decimal mark is the comma); `,` is plain CSV.
 * The CSV's decimal mark follows: a comma with `;`, a point with `,`.
 */
export const CSV_SEPARATORS = [',', ';'] as const;
export const CsvSeparator = z.enum(CSV_SEPARATORS);
export type CsvSeparator = z.infer<typeof CsvSeparator>;

export const ExportResultsInput = z
  .object({
    programId: id,
    format: ExportFormat.default('xlsx'),
    separator: CsvSeparator.default(','),
  })
  .strict();
export type ExportResultsInput = z.input<typeof ExportResultsInput>;

/** The outcome of the `results:export` job. */
export const ExportResultsResult = z.object({
  programId: id,
  format: ExportFormat,
  file: FileRef,
  /** Rows written per sheet (the CSV has only the Rekapitulasi). */
  rows: z.object({
    candidates: z.number().int().nonnegative(),
    ratings: z.number().int().nonnegative(),
    attendance: z.number().int().nonnegative(),
    certificates: z.number().int().nonnegative(),
  }),
  /** SHA-256 of the exported data, as the Informasi sheet defines it (xlsx only). */
  dataSha256: z.string().nullable(),
});
export type ExportResultsResult = z.infer<typeof ExportResultsResult>;

export const PROBLEM_LIST_KINDS = ['roster', 'score-sheet'] as const;
export const ProblemListKind = z.enum(PROBLEM_LIST_KINDS);
export type ProblemListKind = z.infer<typeof ProblemListKind>;

/** The problems of the last import of one kind in this programme, while the app runs. */
export const ProblemListSummary = z.object({
  kind: ProblemListKind,
  /** The imported file's name. */
  fileName: z.string(),
  at: z.string(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
});
export type ProblemListSummary = z.infer<typeof ProblemListSummary>;

export const ProblemListsView = z.object({
  programId: id,
  lists: z.array(ProblemListSummary),
});
export type ProblemListsView = z.infer<typeof ProblemListsView>;
