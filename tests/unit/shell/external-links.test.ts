import { describe, expect, it, vi } from 'vitest';
import {
  checkExternalUrl,
  externalOpener,
  MAX_EXTERNAL_URL_LENGTH,
  safeOpenExternal,
} from '../../../src/main/shell/external-links';

describe('safeOpenExternal', () => {
  it('opens an https link, normalised', async () => {
    const open = vi.fn(async (_url: string) => {});
    await expect(safeOpenExternal('https://bkpsdm.example.go.id/panduan', open)).resolves.toBe(true);
    expect(open).toHaveBeenCalledWith('https://bkpsdm.example.go.id/panduan');
  });

  it('opens a mailto address', async () => {
    const open = vi.fn(async (_url: string) => {});
    await expect(safeOpenExternal('mailto:admin@example.go.id?subject=Asesa', open)).resolves.toBe(true);
    expect(open).toHaveBeenCalledWith('mailto:admin@example.go.id?subject=Asesa');
  });

  const hostile: Array<[string, unknown]> = [
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a javascript: URL in mixed case with spaces', ' JaVaScRiPt:alert(1)'],
    ['a file: URL', 'file:///etc/passwd'],
    ['a Windows file: URL', 'file:///C:/Windows/System32/calc.exe'],
    ['a UNC path', '\\\\server\\share\\payload.exe'],
    ['a UNC path written as a file URL', 'file://server/share/payload.exe'],
    ['a backslash trick inside an https URL', 'https://example.org\\@evil.example/'],
    ['plain http', 'http://example.org/'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a vbscript: URL', 'vbscript:msgbox(1)'],
    ['an ms-settings: URL', 'ms-settings:'],
    ['an smb: URL', 'smb://server/share'],
    ['a custom protocol handler', 'search-ms:query=x&crumb=location:\\\\evil\\share'],
    ['credentials in an https URL', 'https://user:pass@example.org/'],
    ['an https URL without a host', 'https:///path'],
    ['a mailto with a host part', 'mailto://evil.example/'],
    ['a relative path', '/etc/passwd'],
    ['a bare word', 'notaurl'],
    ['an empty string', ''],
    ['a newline inside the URL', 'https://example.org/\nfile:///etc/passwd'],
    ['a NUL character', 'https://example.org/\u0000'],
    ['a right-to-left override', 'https://example.org/\u202egnp.exe'],
    ['an overlong URL', `https://example.org/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object with toString', { toString: () => 'https://example.org/' }],
    ['a URL object', new URL('https://example.org/')],
    ['an array', ['https://example.org/']],
  ];

  it.each(hostile)('refuses %s without calling the OS', async (_name, url) => {
    const open = vi.fn(async (_url: string) => {});
    await expect(safeOpenExternal(url, open)).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('resolves false instead of rejecting when the OS cannot open the link', async () => {
    const open = vi.fn(async (_url: string) => {
      throw new Error('no browser');
    });
    await expect(safeOpenExternal('https://example.org/', open)).resolves.toBe(false);
  });

  it('passes the checked URL, not the raw input, to the OS', async () => {
    const open = vi.fn(async (_url: string) => {});
    await safeOpenExternal('HTTPS://Example.ORG/a/../b', open);
    expect(open).toHaveBeenCalledWith('https://example.org/b');
  });
});

describe('checkExternalUrl', () => {
  it('accepts an https link right at the length limit and refuses one character more', () => {
    const base = 'https://example.org/';
    const atLimit = base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length);
    expect(checkExternalUrl(atLimit)).toBe(atLimit);
    expect(checkExternalUrl(`${atLimit}a`)).toBeNull();
  });
});

describe('externalOpener', () => {
  it('calls shell.openExternal only for allowed links', async () => {
    const shell = { openExternal: vi.fn(async (_url: string) => {}) };
    const open = externalOpener(shell);
    await expect(open('javascript:alert(1)')).resolves.toBe(false);
    await expect(open('https://example.org/')).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/');
  });
});
