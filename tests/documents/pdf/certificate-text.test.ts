import { describe, expect, it } from 'vitest';
import { fillPlaceholders, placeholderProblems } from '../../../src/shared/domain/certificate-text';
import { fields } from './fixtures';

describe('certificate placeholders', () => {
  it('fills every known placeholder from the fields', () => {
    const text =
      '{nama} ({nip}), {pangkat} {golongan}, {jabatan} di {unit}: {program} {tanggal} {predikat} {jpm} {nomor}';
    expect(fillPlaceholders(text, fields())).toBe(
      'Dra. Hj. Siti Aminah, M.Si. (19860926 201505 2 001), Penata Tingkat I III/d, ' +
        'Analis Sumber Daya Manusia Aparatur Ahli Muda di Dinas Kependudukan dan Pencatatan Sipil: ' +
        'Asesmen Kompetensi ASN Talent Academy 25 Februari 2023 Memenuhi Syarat 87,5 % 800.2/0125/BKPSDM/2023',
    );
  });

  it('fills a placeholder each time it appears', () => {
    expect(fillPlaceholders('{nama} / {nama}', fields({ nama: "Nur'aini" }))).toBe("Nur'aini / Nur'aini");
  });

  it('leaves an unknown placeholder visible so the preview shows the typo', () => {
    expect(fillPlaceholders('kepada {nma} pada {tanggal}', fields())).toBe(
      'kepada {nma} pada 25 Februari 2023',
    );
  });

  it('treats braces that hold no placeholder word as plain text', () => {
    expect(fillPlaceholders('{ } {} {{nama}}', fields({ nama: 'Rina' }))).toBe('{ } {} {Rina}');
    expect(placeholderProblems('{ } {}')).toEqual([]);
  });

  it('does not fill a field value that itself looks like a placeholder', () => {
    expect(fillPlaceholders('{nama} {unit}', fields({ nama: '{unit}', unit: 'BKPSDM' }))).toBe(
      '{unit} BKPSDM',
    );
  });

  it('lists each unknown placeholder once, in order, with an Indonesian message', () => {
    const problems = placeholderProblems('{nma} {nama} {tgl} {nma} {Nama}');
    expect(problems.map((p) => p.placeholder)).toEqual(['{nma}', '{tgl}', '{Nama}']);
    expect(problems[0]?.message).toContain('{nma} tidak dikenal');
    expect(problems[0]?.message).toContain('{tanggal}');
  });

  it('finds nothing wrong in a text that uses only known placeholders', () => {
    expect(placeholderProblems('telah mengikuti {program} pada tanggal {tanggal} ({jpm}).')).toEqual([]);
  });
});
