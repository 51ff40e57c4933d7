import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDesktopDialogs, suggestedFileName, type DialogApi } from '../../../src/main/shell/dialogs';

function fakeDialog(answer: { canceled: boolean; filePaths?: string[]; filePath?: string }) {
  const showOpenDialog = vi.fn(async (..._args: unknown[]) => ({
    canceled: answer.canceled,
    filePaths: answer.filePaths ?? [],
  }));
  const showSaveDialog = vi.fn(async (..._args: unknown[]) => ({
    canceled: answer.canceled,
    filePath: answer.filePath ?? '',
  }));
  return { api: { showOpenDialog, showSaveDialog } as unknown as DialogApi, showOpenDialog, showSaveDialog };
}

const window = { isDestroyed: () => false };
const documents = join('/home', 'operator', 'Documents');

describe('suggestedFileName', () => {
  it.each([
    ['Rekap TA-2025.xlsx', 'Rekap TA-2025.xlsx'],
    ['../../.bashrc', '.bashrc'],
    ['..\\..\\Windows\\System32\\evil.dll', 'evil.dll'],
    ['/etc/passwd', 'passwd'],
    ['C:\\Users\\x\\a.xlsx', 'a.xlsx'],
    ['a<b>c:"d|e?f*.xlsx', 'a_b_c__d_e_f_.xlsx'],
    ['line\nbreak.pdf', 'line_break.pdf'],
    ['..', 'Asesa'],
    ['', 'Asesa'],
  ])('turns %j into %j', (name, expected) => {
    expect(suggestedFileName(name)).toBe(expected);
  });
});

const noViewer = async () => 'no viewer in tests';

describe('createDesktopDialogs', () => {
  it('returns the chosen file, modal to the Asesa window', async () => {
    const fake = fakeDialog({ canceled: false, filePaths: ['/data/peserta.xlsx'] });
    const dialogs = createDesktopDialogs(
      fake.api,
      () => window as never,
      () => documents,
      noViewer,
    );
    await expect(
      dialogs.openFile({ title: 'Pilih berkas', filters: [{ name: 'Excel', extensions: ['xlsx'] }] }),
    ).resolves.toBe('/data/peserta.xlsx');
    expect(fake.showOpenDialog).toHaveBeenCalledWith(window, {
      title: 'Pilih berkas',
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      properties: ['openFile'],
    });
  });

  it('answers null when the operator cancels', async () => {
    const fake = fakeDialog({ canceled: true, filePaths: ['/ignored'], filePath: '/ignored' });
    const dialogs = createDesktopDialogs(
      fake.api,
      () => null,
      () => documents,
      noViewer,
    );
    await expect(dialogs.openFile({ title: 't', filters: [] })).resolves.toBeNull();
    await expect(dialogs.saveFile({ title: 't', defaultName: 'a.xlsx', filters: [] })).resolves.toBeNull();
    expect(fake.showOpenDialog.mock.calls[0]).toHaveLength(1);
  });

  it('suggests a plain name inside Documents and asks before overwriting', async () => {
    const fake = fakeDialog({ canceled: false, filePath: '/home/operator/Documents/Rekap.xlsx' });
    const dialogs = createDesktopDialogs(
      fake.api,
      () => window as never,
      () => documents,
      noViewer,
    );
    await expect(
      dialogs.saveFile({ title: 'Simpan berkas', defaultName: '../../Rekap.xlsx', filters: [] }),
    ).resolves.toBe('/home/operator/Documents/Rekap.xlsx');
    const options = fake.showSaveDialog.mock.calls[0]?.[1] as { defaultPath: string; properties: string[] };
    expect(options.defaultPath).toBe(join(documents, 'Rekap.xlsx'));
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('opens a file in the system viewer and reports whether it could', async () => {
    const opened: string[] = [];
    const dialogs = createDesktopDialogs(
      fakeDialog({ canceled: true }).api,
      () => null,
      () => documents,
      async (path) => {
        opened.push(path);
        return path.endsWith('.pdf') ? '' : 'Tidak ada aplikasi untuk berkas ini';
      },
    );
    await expect(dialogs.openWithSystem('/outbox/sertifikat.pdf')).resolves.toBe(true);
    await expect(dialogs.openWithSystem('/outbox/berkas.xyz')).resolves.toBe(false);
    expect(opened).toEqual(['/outbox/sertifikat.pdf', '/outbox/berkas.xyz']);
  });
});
