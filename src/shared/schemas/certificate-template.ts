/**
 * A programme's certificate template (issue 6): page, header, texts with placeholders, one or two
 * signature blocks, images by content hash, colours and the number pattern. Stored as JSON in
 * `certificate_templates` and copied into every issued certificate's snapshot, so the schema must
 * keep reading old JSON: new fields get defaults.
 */
import type { Program } from './programs';
import { Signatory } from './programs';
import { trimmed, z } from './common';

const hexColour = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'Warna ditulis sebagai #rrggbb, contoh #1f3a68.' })
  .transform((colour) => colour.toLowerCase());

/** An image stored in `certificate_assets`, named by the SHA-256 of its bytes. */
export const CertificateAssetRef = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: 'Rujukan gambar tidak sah; unggah ulang gambarnya.' });

export const CertificateOrientation = z.enum(['landscape', 'portrait']);
export type CertificateOrientation = z.infer<typeof CertificateOrientation>;

export const CertificateTemplate = z.object({
  /** A4 in either orientation. */
  orientation: CertificateOrientation.default('landscape'),
  /** Letterhead lines above the title, first line largest. */
  headerLines: z.array(trimmed(120)).max(4).default([]),
  logo: CertificateAssetRef.nullable().default(null),
  /** A full-page image behind everything; the drawn frame is left out when there is one. */
  background: CertificateAssetRef.nullable().default(null),
  title: trimmed(60)
    .min(1, { message: 'Judul sertifikat wajib diisi, contoh: SERTIFIKAT.' })
    .default('SERTIFIKAT'),
  intro: trimmed(120).default('diberikan kepada'),
  /** The statement, with placeholders such as {program} and {tanggal} (see certificate-text.ts). */
  body: trimmed(1000),
  /** Prints the result line (category and JPM) under the statement. */
  showResult: z.boolean().default(false),
  /** City of the "Bekasi, 25 Februari 2023" line; empty prints the date alone. */
  place: trimmed(80).default(''),
  signatures: z
    .array(Signatory)
    .min(1, { message: 'Sertifikat memerlukan satu penanda tangan.' })
    .max(2, { message: 'Sertifikat memuat paling banyak dua penanda tangan.' }),
  colours: z.object({ primary: hexColour, text: hexColour }).default({ primary: '#1f3a68', text: '#1a1a1a' }),
  /** E.g. `800.2/{seq:4}/BKPSDM/{year}`; the issuing service fills the counter and the year. */
  numberPattern: trimmed(80).regex(/\{seq(:\d+)?\}/, {
    message:
      'Pola nomor harus memuat {seq} atau {seq:4} untuk nomor urut, contoh: 800.2/{seq:4}/BKPSDM/{year}.',
  }),
});
export type CertificateTemplate = z.infer<typeof CertificateTemplate>;
export type CertificateTemplateInput = z.input<typeof CertificateTemplate>;

const DEFAULT_SIGNATORY_POSITION = 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia';

/**
 * A first template for a programme, filled from its own fields: the city for the header and the
 * place line, the organiser in the statement, the programme's signatory as the one signature.
 */
export function defaultCertificateTemplate(
  program: Pick<Program, 'organiser' | 'city' | 'signatory'>,
): CertificateTemplate {
  const city = program.city.trim();
  const organiser = program.organiser.trim();
  const signatory = program.signatory;
  return {
    orientation: 'landscape',
    headerLines: [
      city ? `PEMERINTAH KOTA ${city.toUpperCase()}` : 'PEMERINTAH DAERAH',
      'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
    ],
    logo: null,
    background: null,
    title: 'SERTIFIKAT',
    intro: 'diberikan kepada',
    body: `telah mengikuti {program}${organiser ? ` yang diselenggarakan oleh ${organiser}` : ''} pada tanggal {tanggal}.`,
    showResult: false,
    place: city,
    signatures: [
      {
        name: signatory.name,
        position: signatory.position || DEFAULT_SIGNATORY_POSITION,
        rank: signatory.rank,
        nip: signatory.nip,
        acting: signatory.acting,
      },
    ],
    colours: { primary: '#1f3a68', text: '#1a1a1a' },
    numberPattern: '800.2/{seq:4}/BKPSDM/{year}',
  };
}
