import type { DemoResult, OpParsedInput } from '../../../shared/contract';
import { createAssessorsRepo } from '../../db/repos/assessors.repo';
import { createAuditRepo } from '../../db/repos/audit.repo';
import { createCandidatesRepo } from '../../db/repos/candidates.repo';
import { createProgramsRepo } from '../../db/repos/programs.repo';
import { createScheduleRepo } from '../../db/repos/schedule.repo';
import type { JobContext } from '../../jobs/job-types';
import { replaceGroups } from '../groups.service';
import { installNationalPreset } from '../instruments-preset';
import { hashPin } from '../pin';
import { generateCandidates } from './demo-generator';
import { ASSESSORS } from './demo-people';

/** Every demo assessor signs in with this PIN (the README says so). */
export const DEMO_PIN = '123456';
const CHUNK = 250;

function freeCode(exists: (code: string) => boolean): string {
  if (!exists('CONTOH')) return 'CONTOH';
  for (let n = 2; ; n++) if (!exists(`CONTOH-${n}`)) return `CONTOH-${n}`;
}

/**
 * Creates a populated demo programme in one transaction: cancelling or crashing part-way leaves
 * no half programme behind.
 */
export async function runDemoJob(ctx: JobContext<OpParsedInput<'demo:create'>>): Promise<DemoResult> {
  const { db, input } = ctx;
  // Hashing is slow by design; do it before the write transaction opens.
  const pinHashes = await Promise.all(ASSESSORS.map(() => hashPin(DEMO_PIN)));
  const programs = createProgramsRepo(db);
  const candidates = createCandidatesRepo(db);
  const assessors = createAssessorsRepo(db);
  const audit = createAuditRepo(db);
  const at = ctx.now().toISOString();

  return db.transaction((): DemoResult => {
    const code = freeCode((c) => programs.getByCode(c) !== null);
    const programId = programs.insert(
      {
        code,
        name: 'Asesmen Kompetensi ASN Talent Academy (contoh)',
        organiser: 'BKPSDM Kota Bekasi',
        venue: 'Gedung Diklat BKPSDM, Jl. Ir. H. Juanda No. 100, Bekasi',
        startDate: '2022-08-22',
        endDate: '2022-08-26',
        purpose: 'pemetaan',
        city: 'Bekasi',
        signatory: {
          name: 'Drs. H. Ahmad Hidayat, M.Si.',
          position: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
          rank: 'Pembina Utama Muda (IV/c)',
          nip: '197003151995031002',
          acting: false,
        },
      },
      at,
    );
    installNationalPreset(db, programId);
    const people = generateCandidates(input.seed, input.candidates, programId);
    people.forEach((person, index) => {
      if (index % CHUNK === 0) {
        ctx.checkCancelled();
        ctx.progress(index, people.length, 'peserta');
      }
      candidates.insert(person, at);
    });
    ASSESSORS.forEach((assessor, index) => {
      assessors.insert({ programId, nip: null, pinHash: pinHashes[index] as string, ...assessor }, at);
    });
    replaceGroups(createScheduleRepo(db), programId, { size: 6, mixAgencies: true, sameLevel: false });
    ctx.checkCancelled();
    ctx.progress(people.length, people.length, 'selesai');
    audit.record(ctx.caller, at, {
      action: 'demo:create',
      entity: 'program',
      entityId: programId,
      programId,
      after: { code, candidates: people.length, assessors: ASSESSORS.length, seed: input.seed },
    });
    return { programId, code, candidates: people.length, assessors: ASSESSORS.length };
  })();
}
