/** Hand-made inputs for the PDF renderers: a generated logo, a template, candidates' fields. */
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { CertificateFields } from '../../../src/shared/domain/certificate-text';
import {
  defaultCertificateTemplate,
  type CertificateTemplate,
} from '../../../src/shared/schemas/certificate-template';
import type { PdfAssets } from '../../../src/main/documents/pdf/render-certificates';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A small RGBA emblem (a gold ring round a blue shield on transparent ground), written with zlib
 * so no image package is needed.
 */
export function emblemPng(size = 96): Buffer {
  const rows: Buffer[] = [];
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x - c, y - c) / c;
      const shield = Math.abs(x - c) < c * 0.5 * (1 - Math.max(0, (y - c) / c) ** 2) && y > c * 0.45;
      const [red, green, blue, alpha] =
        r > 1
          ? [0, 0, 0, 0]
          : r > 0.86
            ? [196, 150, 30, 255]
            : shield
              ? [31, 58, 104, 255]
              : [250, 246, 232, 255];
      row.set([red, green, blue, alpha], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export function assetsOf(...images: Buffer[]): PdfAssets & { opened: string[] } {
  const bySha = new Map(images.map((bytes) => [sha256(bytes), bytes]));
  const opened: string[] = [];
  return {
    opened,
    image(hash) {
      opened.push(hash);
      return bySha.get(hash);
    },
  };
}

export const PROGRAM = {
  name: 'Asesmen Kompetensi ASN Talent Academy',
  organiser: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bekasi',
  city: 'Bekasi',
  signatory: {
    name: 'Drs. H. Ahmad Fauzi, M.Si.',
    position: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    rank: 'Pembina Utama Muda (IV/c)',
    nip: '197001011990031001',
    acting: true,
  },
};

export function template(overrides: Partial<CertificateTemplate> = {}, logo?: Buffer): CertificateTemplate {
  return {
    ...defaultCertificateTemplate(PROGRAM),
    ...(logo && { logo: sha256(logo) }),
    ...overrides,
  };
}

export function fields(overrides: Partial<CertificateFields> = {}): CertificateFields {
  return {
    nama: 'Dra. Hj. Siti Aminah, M.Si.',
    nip: '19860926 201505 2 001',
    pangkat: 'Penata Tingkat I',
    golongan: 'III/d',
    jabatan: 'Analis Sumber Daya Manusia Aparatur Ahli Muda',
    unit: 'Dinas Kependudukan dan Pencatatan Sipil',
    program: PROGRAM.name,
    tanggal: '25 Februari 2023',
    predikat: 'Memenuhi Syarat',
    jpm: '87,5 %',
    nomor: '800.2/0125/BKPSDM/2023',
    ...overrides,
  };
}

/** A QR payload the size of a signed one: number, NIP and an Ed25519 signature in base64url. */
export function signedLookingQr(index: number): string {
  const signature = createHash('sha512').update(`sig-${index}`).digest('base64url');
  return `ASESA1|800.2/${String(index).padStart(4, '0')}/BKPSDM/2023|198609262015052001|K7QF|${signature}`;
}
