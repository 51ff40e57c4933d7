import { FileRef, STAFF, id, operation, z } from '../schemas/common';
import { ExportResultsInput, ProblemListKind, ProblemListsView } from '../schemas/export';

export const EXPORT_OPERATIONS = [
  operation('export:results', {
    input: ExportResultsInput,
    output: z.object({ jobId: z.string() }),
    roles: STAFF,
    writes: false,
    summary:
      'Membuat buku kerja hasil untuk BKPSDM (.xlsx, tujuh lembar) atau CSV rekapitulasinya, sebagai proses latar.',
  }),
  operation('export:problem-lists', {
    input: z.object({ programId: id }).strict(),
    output: ProblemListsView,
    roles: STAFF,
    writes: false,
    summary: 'Daftar masalah impor terakhir (daftar peserta, lembar penilaian) yang masih dapat diunduh.',
  }),
  operation('export:problem-list', {
    input: z.object({ programId: id, kind: ProblemListKind }).strict(),
    output: FileRef,
    roles: STAFF,
    writes: false,
    summary: 'Membuat berkas .xlsx berisi masalah impor terakhir dari satu jenis.',
  }),
] as const;
