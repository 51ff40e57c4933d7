/**
 * The certificate's body text: placeholders such as `{nama}` filled from one candidate's fields.
 * Pure, so the template editor checks the text as the operator types and the PDF renderer fills it
 * the same way.
 */

/** Every printed field of one certificate, already formatted for print (dates, JPM, NIP). */
export interface CertificateFields {
  /** The name exactly as in the roster, titles included. */
  nama: string;
  /** Formatted for print: "19860926 201505 1 001". */
  nip: string;
  /** "Penata Muda"; empty for PPPK staff without a golongan. */
  pangkat: string;
  /** "III/a"; empty when there is none. */
  golongan: string;
  jabatan: string;
  unit: string;
  program: string;
  /** "25 Februari 2023" (formatDateId, a fixed month table). */
  tanggal: string;
  /** The category label, e.g. "Memenuhi Syarat"; empty when the result is not shown. */
  predikat: string;
  /** "87,5 %" (formatJpmId). */
  jpm: string;
  /** The certificate number, e.g. "800.2/0125/BKPSDM/2023"; empty on an unissued preview. */
  nomor: string;
}

export const CERTIFICATE_PLACEHOLDERS = [
  'nama',
  'nip',
  'pangkat',
  'golongan',
  'jabatan',
  'unit',
  'program',
  'tanggal',
  'predikat',
  'jpm',
  'nomor',
] as const satisfies readonly (keyof CertificateFields)[];

export type CertificatePlaceholder = (typeof CERTIFICATE_PLACEHOLDERS)[number];

const KNOWN = new Set<string>(CERTIFICATE_PLACEHOLDERS);
// A placeholder is a word in braces; anything else in braces (e.g. "{ }") is plain text.
const PLACEHOLDER = /\{([^{}\s]+)\}/g;

/**
 * Replaces each known `{placeholder}` with its field. An unknown one (`{nma}`) is left in the text
 * as written, braces and all: the preview then shows the typo where it is, instead of a silent gap
 * in a printed certificate.
 */
export function fillPlaceholders(text: string, fields: CertificateFields): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    KNOWN.has(name) ? fields[name as CertificatePlaceholder] : whole,
  );
}

export interface PlaceholderProblem {
  /** The placeholder as written, with braces: "{nma}". */
  placeholder: string;
  /** Indonesian message for the template editor. */
  message: string;
}

/** The unknown placeholders in a template text, once each, in order of appearance. */
export function placeholderProblems(text: string): PlaceholderProblem[] {
  const seen = new Set<string>();
  const problems: PlaceholderProblem[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const [whole, name] = match as unknown as [string, string];
    if (KNOWN.has(name) || seen.has(whole)) continue;
    seen.add(whole);
    problems.push({
      placeholder: whole,
      message: `${whole} tidak dikenal. Gunakan salah satu: ${CERTIFICATE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`,
    });
  }
  return problems;
}
