import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the built renderer lives: next to the bundle (out/main → out/renderer) when running the
 * built CLI, or the repository's out/renderer when running from source in tests.
 */
export function defaultRendererDir(): string {
  const candidates = [
    new URL('../renderer/', import.meta.url),
    new URL('../../../out/renderer/', import.meta.url),
  ];
  for (const url of candidates) {
    const dir = fileURLToPath(url);
    if (existsSync(`${dir}index.html`)) return dir;
  }
  return fileURLToPath(candidates[0] as URL);
}
