/** Reading rendered PDFs back in tests: text through poppler's pdftotext, streams through zlib. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

function withFile<T>(pdf: Buffer, use: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'asesa-pdf-test-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the document (or of one page), as pdftotext reads it. */
export function pdfText(pdf: Buffer, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return withFile(pdf, (file) =>
    execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );
}

export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of one page with its box in points, top-left origin (pdftotext -bbox). */
export function pdfWords(pdf: Buffer, page: number): WordBox[] {
  const html = withFile(pdf, (file) =>
    execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], {
      encoding: 'utf8',
    }),
  );
  const words: WordBox[] = [];
  const pattern = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of html.matchAll(pattern)) {
    const [, xMin, yMin, xMax, yMax, text] = match;
    words.push({
      text: text ?? '',
      xMin: Number(xMin),
      yMin: Number(yMin),
      xMax: Number(xMax),
      yMax: Number(yMax),
    });
  }
  return words;
}

export function pageCount(pdf: Buffer): number {
  const info = withFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** Every Flate-compressed stream of the file, inflated, as latin1 text. */
export function inflatedStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const streams: string[] = [];
  const pattern = /\/Length (\d+)[^>]*\/Filter \/FlateDecode[\s\S]*?>>\s*stream\n/g;
  for (const match of text.matchAll(pattern)) {
    const start = (match.index ?? 0) + match[0].length;
    const length = Number(match[1]);
    try {
      streams.push(inflateSync(pdf.subarray(start, start + length)).toString('latin1'));
    } catch {
      // Not every stream need inflate cleanly (a font program with a different layout); skip it.
    }
  }
  return streams;
}
