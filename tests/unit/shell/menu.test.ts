import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutMessage, menuTemplate } from '../../../src/main/shell/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

describe('menuTemplate', () => {
  it('offers Berkas, Sunting, Tampilan and Bantuan in Indonesian', () => {
    const template = menuTemplate({ isPackaged: true, platform: 'win32', onAbout: () => {} });
    expect(template.map((item) => item.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    const labels = flatten(template).map((item) => item.label);
    for (const label of ['Keluar', 'Muat ulang', 'Perbesar', 'Perkecil', 'Layar penuh', 'Tentang Asesa']) {
      expect(labels).toContain(label);
    }
  });

  it('gives every item that is not a separator an Indonesian label instead of Electron’s English one', () => {
    const items = flatten(menuTemplate({ isPackaged: false, platform: 'linux', onAbout: () => {} }));
    for (const item of items.filter((entry) => entry.type !== 'separator')) expect(item.label).toBeTruthy();
  });

  it('has no developer tools in a packaged build, and has them from the repository', () => {
    const roles = (isPackaged: boolean) =>
      flatten(menuTemplate({ isPackaged, platform: 'win32', onAbout: () => {} })).map((item) =>
        String(item.role ?? '').toLowerCase(),
      );
    expect(roles(true).some((role) => role.includes('devtools'))).toBe(false);
    expect(roles(false)).toContain('toggledevtools');
  });

  it('opens the about box from Bantuan › Tentang Asesa', () => {
    const onAbout = vi.fn();
    const about = flatten(menuTemplate({ isPackaged: true, platform: 'win32', onAbout })).find(
      (item) => item.label === 'Tentang Asesa',
    );
    (about?.click as unknown as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
  });
});

describe('aboutMessage', () => {
  it('names the version, the data folder and the Electron version', () => {
    const about = aboutMessage({
      version: '0.1.0',
      electronVersion: '42.11.18',
      dataDir: 'C:\\Users\\op\\Asesa',
    });
    expect(about.message).toBe('Asesa 0.1.0');
    expect(about.detail).toContain('C:\\Users\\op\\Asesa');
    expect(about.detail).toContain('Electron 42.11.18');
  });
});
