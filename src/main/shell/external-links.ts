/**
 * The only way a link leaves the app for the system browser or mail program. ESLint bans
 * `shell.openExternal` everywhere else, and the OS action is a parameter, so this file never
 * imports electron and is tested with hostile input.
 *
 * Allowed: `https:` with a host and no credentials, and `mailto:`. Everything else is refused:
 * `javascript:`/`data:`/`file:` (code or local files), `http:` (the venue network is not trusted),
 * UNC paths and backslashes (Windows would open a network share), control characters and
 * whitespace (spoofing), anything longer than a sane link.
 */

export const MAX_EXTERNAL_URL_LENGTH = 2048;

// Control characters, whitespace, backslashes, and the invisible and direction-changing characters
// used to disguise a link: never part of a link we would open.
const FORBIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\s\\\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
// The written form must already be the plain one: "https:example.org" or "https:///x" would be
// repaired by the URL parser into some host nobody wrote.
const PLAIN_FORM = /^(?:https:\/\/[^/]|mailto:[^/])/i;

/** The normalised URL when it may be opened, otherwise null. */
export function checkExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  if (url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  if (FORBIDDEN_CHARACTERS.test(url) || !PLAIN_FORM.test(url)) return null;

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }

  if (parsed.protocol === 'https:') {
    if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
    return parsed.href;
  }
  if (parsed.protocol === 'mailto:') {
    // mailto:address[?subject=…]; a mailto with a host part ("mailto://…") is not an address.
    if (parsed.host !== '' || parsed.pathname === '') return null;
    return parsed.href;
  }
  return null;
}

export type OpenUrl = (url: string) => Promise<void>;

/**
 * Opens `url` with `open` if it passes the check. Resolves true when the OS was asked to open it,
 * false when the URL was refused or the OS failed; never rejects.
 */
export async function safeOpenExternal(url: unknown, open: OpenUrl): Promise<boolean> {
  const checked = checkExternalUrl(url);
  if (checked === null) return false;
  try {
    await open(checked);
    return true;
  } catch {
    return false;
  }
}

/** Binds the helper to Electron's `shell` (passed in by the window code, the one caller). */
export function externalOpener(shellLike: {
  openExternal(url: string): Promise<void>;
}): (url: unknown) => Promise<boolean> {
  return (url) => safeOpenExternal(url, (checked) => shellLike.openExternal(checked));
}
