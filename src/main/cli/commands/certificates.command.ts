import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { Command, Option } from 'commander';
import type {
  CertificateIssueResult,
  CertificateRenderResult,
  CertificateVerification,
} from '../../../shared/contract';
import { formatDateId } from '../../../shared/domain/dates';
import { readCentralDirectory, readEntry } from '../../services/roster/zip-archive';
import type { App } from '../../app';
import { CliUserError, CommandExit, EXIT_USER_ERROR, printResult, table, type Output } from '../output';
import { candidatesByNip } from '../roster-lookup';
import { outputFor, programByCode, waitForJob, withApp, type GlobalOptions } from '../session';
import { writeDownloadTo } from '../write-out';

const STATUS_WORDS: Record<CertificateVerification['status'], string> = {
  valid: 'SAH',
  revoked: 'DICABUT',
  'not-issued-here': 'BUKAN TERBITAN DI SINI',
  forged: 'PALSU',
};

/** Unpacks the ZIP of a render job into a folder: one PDF per person. */
async function unpackInto(app: App, fileId: string, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const zip = app.files.download(fileId).path;
  const fd = openSync(zip, 'r');
  try {
    const names: string[] = [];
    for (const entry of readCentralDirectory(fd, statSync(zip).size)) {
      const target = join(dir, basename(entry.name));
      writeFileSync(`${target}.tmp`, await readEntry(zip, fd, entry));
      renameSync(`${target}.tmp`, target);
      names.push(basename(entry.name));
    }
    return names;
  } finally {
    closeSync(fd);
  }
}

export function certificatesCommand(
  globals: () => GlobalOptions,
  io: Pick<Output, 'stdout' | 'stderr'>,
): Command {
  const certificates = new Command('certificates').description(
    'sertifikat: terbitkan, susun PDF, verifikasi, cabut, daftar',
  );

  certificates
    .command('issue')
    .description('menerbitkan sertifikat (nomor dipesan, data dibekukan dan ditandatangani)')
    .requiredOption('--program <kode>', 'kode program')
    .option('--all-eligible', 'semua peserta yang memenuhi syarat dan belum bersertifikat')
    .option('--nip <nip...>', 'hanya peserta dengan NIP ini')
    .addOption(
      new Option('--eligibility <aturan>', 'siapa yang berhak: hadir, lulus (hasil harus final), atau semua')
        .choices(['attended', 'passed', 'everyone'])
        .default('attended'),
    )
    .action(
      async (flags: {
        program: string;
        allEligible?: boolean;
        nip?: string[];
        eligibility: 'attended' | 'passed' | 'everyone';
      }) => {
        const out = outputFor(globals(), io);
        if (!flags.allEligible === !flags.nip) {
          throw new CliUserError('invalid-input', 'Pilih salah satu: --all-eligible atau --nip <NIP...>.');
        }
        await withApp(globals(), out, async (call, app) => {
          const program = await programByCode(call, flags.program);
          const candidateIds = flags.nip
            ? (await candidatesByNip(call, program.id, flags.nip)).map((c) => c.id)
            : undefined;
          const { jobId } = await call('certificates:issue', {
            programId: program.id,
            eligibility: flags.eligibility,
            ...(candidateIds ? { candidateIds } : { allEligible: true }),
          });
          const result = await waitForJob<CertificateIssueResult>(call, app, out, jobId);
          printResult(out, result, () =>
            [
              `Terbit ${result.issued.length} sertifikat; ${result.skipped.length} peserta sudah bersertifikat.`,
              result.issued.length > 0
                ? table(
                    ['NOMOR', 'NO', 'NAMA', 'KODE VERIFIKASI'],
                    result.issued.map((c) => [c.number, c.participantNo, c.name, c.shortCode]),
                  )
                : '',
            ]
              .filter(Boolean)
              .join('\n'),
          );
        });
      },
    );

  certificates
    .command('render')
    .description(
      'menyusun PDF sertifikat terbit: satu PDF gabungan (FILE.pdf) atau satu PDF per orang (folder)',
    )
    .requiredOption('--program <kode>', 'kode program')
    .requiredOption('--out <tujuan>', 'berkas .pdf (gabungan untuk dicetak) atau folder (satu PDF per orang)')
    .option('--pattern <pola>', 'pola nama berkas per orang', '{nomor}_{nama}.pdf')
    .action(async (flags: { program: string; out: string; pattern: string }) => {
      const out = outputFor(globals(), io);
      const merged = flags.out.toLowerCase().endsWith('.pdf');
      await withApp(globals(), out, async (call, app) => {
        const program = await programByCode(call, flags.program);
        const { jobId } = await call('certificates:render', {
          programId: program.id,
          mode: merged ? 'merged' : 'zip',
          fileNamePattern: flags.pattern,
        });
        const result = await waitForJob<CertificateRenderResult>(call, app, out, jobId);
        const files = merged ? [flags.out] : await unpackInto(app, result.file.id, flags.out);
        if (merged) writeDownloadTo(app, result.file.id, flags.out);
        printResult(
          out,
          { out: flags.out, count: result.count, changedSinceIssue: result.changedSinceIssue, files },
          () =>
            merged
              ? `${result.count} sertifikat ditulis ke ${flags.out}`
              : `${result.count} sertifikat ditulis ke folder ${flags.out}`,
        );
      });
    });

  certificates
    .command('verify')
    .description('memeriksa kode verifikasi, teks QR, atau berkas PDF sertifikat')
    .argument('<kode-atau-berkas>', 'kode 12 karakter, teks QR, atau berkas .pdf')
    .action(async (codeOrFile: string) => {
      const out = outputFor(globals(), io);
      const verdict = await withApp(globals(), out, async (call, app) => {
        const isFile = existsSync(codeOrFile) && statSync(codeOrFile).isFile();
        const input = isFile
          ? { uploadId: (await app.files.addUpload(createReadStream(codeOrFile), basename(codeOrFile))).id }
          : { code: codeOrFile };
        const result = await call('certificates:verify', input);
        const snapshot = result.certificate?.snapshot;
        printResult(out, result, () =>
          [
            `${STATUS_WORDS[result.status]}: ${result.explanation}`,
            result.number ? `Nomor: ${result.number}` : '',
            snapshot ? `Nama: ${snapshot.fields.nama}` : '',
            snapshot ? `NIP: ${snapshot.fields.nip}` : '',
            snapshot ? `Program: ${snapshot.fields.program}` : '',
            result.certificate ? `Terbit: ${formatDateId(result.certificate.issuedAt.slice(0, 10))}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        );
        return result;
      });
      // Anything but valid ends non-zero, so a script can test the answer.
      if (verdict.status !== 'valid') throw new CommandExit(EXIT_USER_ERROR);
    });

  certificates
    .command('revoke')
    .description('mencabut sertifikat dengan alasan')
    .argument('<nomor>', 'nomor sertifikat, mis. 800.2/0125/BKPSDM/2023')
    .requiredOption('--reason <alasan>', 'alasan pencabutan')
    .action(async (number: string, flags: { reason: string }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call) => {
        const result = await call('certificates:revoke', { number, reason: flags.reason });
        printResult(
          out,
          result.revoked,
          () => `Sertifikat ${result.revoked.number} dicabut: ${flags.reason}`,
        );
      });
    });

  certificates
    .command('list')
    .description('sertifikat sebuah program, dengan jumlah cetak')
    .requiredOption('--program <kode>', 'kode program')
    .action(async (flags: { program: string }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call) => {
        const program = await programByCode(call, flags.program);
        const rows = await call('certificates:list', { programId: program.id });
        printResult(out, rows, () =>
          table(
            ['NOMOR', 'NO', 'NAMA', 'STATUS', 'CETAK'],
            rows.map((r) => [
              r.number,
              r.participantNo,
              r.name,
              r.status === 'valid' ? 'berlaku' : 'dicabut',
              String(r.printedCount),
            ]),
          ),
        );
      });
    });

  certificates
    .command('public-key')
    .description('kunci publik Ed25519 instalasi ini (PEM), untuk memeriksa tanda tangan di luar aplikasi')
    .option('--out <berkas>', 'tulis ke berkas .pem')
    .action(async (flags: { out?: string }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call) => {
        const key = await call('certificates:public-key', {});
        if (flags.out) writeFileSync(flags.out, key.publicKeyPem);
        printResult(out, key, () =>
          flags.out ? `Kunci publik ${key.keyId} ditulis ke ${flags.out}` : key.publicKeyPem.trimEnd(),
        );
      });
    });

  return certificates;
}
