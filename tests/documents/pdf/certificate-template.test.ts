import { describe, expect, it } from 'vitest';
import {
  CertificateTemplate,
  defaultCertificateTemplate,
} from '../../../src/shared/schemas/certificate-template';
import { PROGRAM } from './fixtures';

describe('certificate template', () => {
  it('starts from the programme: city in the header and the place line, its signatory, acting as Plt.', () => {
    const template = defaultCertificateTemplate(PROGRAM);
    expect(template.orientation).toBe('landscape');
    expect(template.headerLines).toEqual([
      'PEMERINTAH KOTA BEKASI',
      'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
    ]);
    expect(template.place).toBe('Bekasi');
    expect(template.signatures).toEqual([PROGRAM.signatory]);
    expect(template.body).toContain('{program}');
    expect(template.body).toContain(PROGRAM.organiser);
    expect(template.numberPattern).toBe('800.2/{seq:4}/BKPSDM/{year}');
    expect(CertificateTemplate.parse(template)).toEqual(template);
  });

  it('names the head of BKPSDM in full when the programme has no signatory position yet', () => {
    const template = defaultCertificateTemplate({
      organiser: '',
      city: '',
      signatory: { name: '', position: '', rank: '', nip: '', acting: false },
    });
    expect(template.signatures[0]?.position).toBe(
      'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    );
    expect(template.body).toBe('telah mengikuti {program} pada tanggal {tanggal}.');
    expect(template.place).toBe('');
  });

  it('reads old JSON without the newer fields by filling defaults', () => {
    const parsed = CertificateTemplate.parse({
      body: 'telah mengikuti {program}',
      signatures: [PROGRAM.signatory],
      numberPattern: '{seq:3}/BKPSDM/{year}',
    });
    expect(parsed).toMatchObject({
      orientation: 'landscape',
      title: 'SERTIFIKAT',
      intro: 'diberikan kepada',
      logo: null,
      showResult: false,
      colours: { primary: '#1f3a68', text: '#1a1a1a' },
    });
  });

  it('rejects three signatures, a colour that is not #rrggbb and a pattern without a counter', () => {
    const base = defaultCertificateTemplate(PROGRAM);
    const errors = (input: unknown) =>
      CertificateTemplate.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    expect(
      errors({ ...base, signatures: [PROGRAM.signatory, PROGRAM.signatory, PROGRAM.signatory] }),
    ).toEqual(['Sertifikat memuat paling banyak dua penanda tangan.']);
    expect(errors({ ...base, colours: { primary: 'navy', text: '#000000' } })[0]).toContain('#rrggbb');
    expect(errors({ ...base, numberPattern: '800.2/BKPSDM/{year}' })[0]).toContain('{seq');
    expect(errors({ ...base, logo: 'logo.png' })[0]).toContain('gambar');
  });

  it('keeps a signatory NIP as 18 digits whatever way it was typed', () => {
    const base = defaultCertificateTemplate(PROGRAM);
    const parsed = CertificateTemplate.parse({
      ...base,
      signatures: [{ ...PROGRAM.signatory, nip: '19700101 199003 1 001' }],
    });
    expect(parsed.signatures[0]?.nip).toBe('197001011990031001');
  });
});
