import { Command, Option } from 'commander';
import { printResult, table, type Output } from '../output';
import { outputFor, programByCode, withApp, type GlobalOptions } from '../session';

interface AddFlags {
  program: string;
  name: string;
  pin: string;
  role?: 'assessor' | 'lead';
  unit?: string;
  nip?: string;
}

const ROLE_LABEL = { assessor: 'asesor', lead: 'asesor kepala' } as const;

export function assessorCommand(
  globals: () => GlobalOptions,
  io: Pick<Output, 'stdout' | 'stderr'>,
): Command {
  const assessor = new Command('assessor').description('asesor sebuah program: tambah dan lihat');

  assessor
    .command('add')
    .description('menambah asesor dengan PIN 4–8 angka (PIN disimpan tersandi dan tidak ditampilkan lagi)')
    .requiredOption('--program <kode>', 'kode program')
    .requiredOption('--name <nama>', 'nama lengkap dengan gelar, mis. "Dra. Hj. Siti Aminah, M.Si."')
    .requiredOption('--pin <pin>', 'PIN 4–8 angka untuk masuk sebagai asesor')
    .addOption(new Option('--role <peran>', 'peran').choices(['assessor', 'lead']).default('assessor'))
    .option('--unit <instansi>', 'instansi asal asesor (untuk mencegah konflik kepentingan)')
    .option('--nip <nip>', 'NIP asesor (opsional)')
    .action(async (flags: AddFlags) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call) => {
        const program = await programByCode(call, flags.program);
        const added = await call('assessor:add', {
          programId: program.id,
          name: flags.name,
          pin: flags.pin,
          role: flags.role ?? 'assessor',
          unit: flags.unit ?? '',
          nip: flags.nip ?? null,
        });
        const shown = { id: added.id, name: added.name, role: added.role, unit: added.unit };
        printResult(
          out,
          shown,
          () =>
            `Asesor ditambahkan (id ${added.id}): ${added.name}, ${ROLE_LABEL[added.role]}${added.unit ? `, ${added.unit}` : ''}.`,
        );
      });
    });

  assessor
    .command('list')
    .description('daftar asesor sebuah program')
    .requiredOption('--program <kode>', 'kode program')
    .action(async (flags: { program: string }) => {
      const out = outputFor(globals(), io);
      await withApp(globals(), out, async (call) => {
        const program = await programByCode(call, flags.program);
        const list = await call('assessor:list', { programId: program.id });
        printResult(out, list, () =>
          list.length === 0
            ? 'Belum ada asesor. Tambahkan dengan "asesa assessor add".'
            : table(
                ['ID', 'NAMA', 'PERAN', 'INSTANSI', 'PENUGASAN'],
                list.map((a) => [String(a.id), a.name, ROLE_LABEL[a.role], a.unit, String(a.assignments)]),
              ),
        );
      });
    });

  return assessor;
}
