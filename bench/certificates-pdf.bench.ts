import { renderCertificatesPdf, type CertificatePage } from '../src/main/documents/pdf/render-certificates';
import { assetsOf, emblemPng, fields, signedLookingQr, template } from '../tests/documents/pdf/fixtures';
import { peakRssMb, summarise, type BenchRow } from './stats';

const PAGES = 1_000;
const RUNS = 5;

const GIVEN = [
  'Siti',
  'Ahmad',
  "Nur'aini",
  'Dédé',
  'Ni Luh Putu',
  'Rina',
  'Bambang',
  'Ṣāliḥ',
  'Yohanes',
  'Made',
];
const FAMILY = [
  'Aminah',
  'Fauzi',
  'Kartika',
  'Sutisna',
  'Ayu',
  'Wibowo',
  'Siregar',
  'Hutapea',
  'Pratama',
  'Lestari',
];

/** A different name on every page, some with titles, so the name fitting runs for real. */
function nameOf(index: number): string {
  const given = GIVEN[index % GIVEN.length] as string;
  const family = FAMILY[Math.floor(index / GIVEN.length) % FAMILY.length] as string;
  const title = index % 3 === 0 ? 'Dra. Hj. ' : index % 3 === 1 ? '' : 'dr. ';
  return `${title}${given} ${family} ${index}${index % 4 === 0 ? ', S.Sos., M.Si.' : ''}`;
}

/**
 * 1,000 certificates into one PDF: each page a different name and number and its own signed-size
 * QR code drawn as vectors, one logo image, DejaVu fonts embedded as subsets. Target: under 2.5 s,
 * under 4 MB, under 300 MB peak memory.
 */
export async function run(): Promise<BenchRow[]> {
  const logo = emblemPng(256);
  const certificateTemplate = template({ showResult: true }, logo);
  const pages: CertificatePage[] = Array.from({ length: PAGES }, (_, index) => ({
    template: certificateTemplate,
    fields: fields({ nama: nameOf(index), nomor: `800.2/${String(index + 1).padStart(4, '0')}/BKPSDM/2023` }),
    verification: { qrText: signedLookingQr(index), shortCode: `K7QF-${String(index).padStart(4, '0')}` },
  }));
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const pdf = await renderCertificatesPdf(pages, {
      assets: assetsOf(logo),
      createdAt: new Date('2023-02-25T00:00:00Z'),
    });
    samples.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuStarted);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
    bytes = pdf.length;
  }
  const sizeMb = bytes / 1024 / 1024;
  const name = `certificates: ${PAGES.toLocaleString('en')} pages into one PDF (vector QR, logo, fonts)`;
  return [
    summarise(name, samples, 'ms', `peak RSS ${peakRssMb()} MB; target < 2500 ms and < 300 MB`),
    summarise(`${name}, CPU time`, cpuSamples, 'ms', 'user + system'),
    summarise(`${name}, file size`, [sizeMb], 'MB', 'target < 4 MB'),
  ];
}
