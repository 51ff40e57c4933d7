import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /** Packaged builds get no developer tools, neither in the menu nor by shortcut. */
  isPackaged: boolean;
  platform: string;
  onAbout: () => void;
}

/**
 * The application menu, in Bahasa Indonesia. Kept as a plain template (only a type comes from
 * electron) so a test can check what a packaged build offers.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Muat ulang' },
    { type: 'separator' },
    { role: 'zoomIn', label: 'Perbesar' },
    { role: 'zoomOut', label: 'Perkecil' },
    { role: 'resetZoom', label: 'Ukuran normal' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Layar penuh' },
  ];
  if (!options.isPackaged) {
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Alat pengembang' });
  }

  return [
    {
      label: 'Berkas',
      submenu: [{ role: 'quit', label: 'Keluar', accelerator: 'CmdOrCtrl+Q' }],
    },
    {
      // Without these roles macOS has no copy and paste shortcuts in text fields.
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Batalkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih semua' },
      ],
    },
    { label: 'Tampilan', submenu: view },
    {
      label: 'Bantuan',
      role: options.platform === 'darwin' ? 'help' : undefined,
      submenu: [{ label: 'Tentang Asesa', click: () => options.onAbout() }],
    },
  ];
}

export interface AboutInfo {
  version: string;
  electronVersion: string;
  dataDir: string;
}

/** The text of the "Tentang Asesa" dialog. */
export function aboutMessage(info: AboutInfo): { title: string; message: string; detail: string } {
  return {
    title: 'Tentang Asesa',
    message: `Asesa ${info.version}`,
    detail:
      'Aplikasi luring untuk hari asesmen kompetensi ASN.\n\n' +
      `Folder data: ${info.dataDir}\n` +
      `Electron ${info.electronVersion}`,
  };
}
