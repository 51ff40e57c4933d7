/**
 * Reads back the verification payload that renderCertificatesPdf wrote into a PDF's Info
 * dictionary (key AsesaVerification), so the "Verifikasi" screen can take the PDF file itself.
 * It understands what pdfkit writes (the value as an indirect or direct literal string, PDFDocEncoding
 * or UTF-16BE); a file re-saved by another program may keep it elsewhere, and then this returns
 * null and the user pastes the code instead.
 */
import { VERIFICATION_INFO_KEY } from './verification-key';

/** Decodes a PDF literal string body (between the outer parentheses) into its bytes. */
function literalBytes(body: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char !== '\\') {
      out.push(char.charCodeAt(0) & 0xff);
      continue;
    }
    const next = body[++i] ?? '';
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    if (next in simple) out.push(simple[next] as number);
    else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))?.[0] ?? next;
      out.push(parseInt(octal, 8) & 0xff);
      i += octal.length - 1;
    } else if (next === '\r' || next === '\n') {
      if (next === '\r' && body[i + 1] === '\n') i++;
    } else out.push(next.charCodeAt(0) & 0xff);
  }
  return Buffer.from(out);
}

/** The literal string starting at `at` (an opening parenthesis), nested parentheses balanced. */
function readLiteral(text: string, at: number): string | null {
  if (text[at] !== '(') return null;
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return text.slice(at + 1, i);
  }
  return null;
}

function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return bytes.toString('latin1');
}

export function readEmbeddedVerification(pdf: Buffer): string | null {
  // Object bodies are not compressed by pdfkit; latin1 keeps every byte as one character.
  const text = pdf.toString('latin1');
  const key = new RegExp(`/${VERIFICATION_INFO_KEY}\\s*(?:(\\d+)\\s+(\\d+)\\s+R|\\()`, 'g');
  let found: string | null = null;
  // The last occurrence wins: an incremental update appends a newer Info dictionary.
  for (const match of text.matchAll(key)) {
    const [whole, objectNumber, generation] = match;
    let literal: string | null;
    if (objectNumber !== undefined) {
      const header = new RegExp(`(?:^|[\\r\\n\\s])${objectNumber}\\s+${generation}\\s+obj\\s*`, 'g');
      let start = -1;
      for (const object of text.matchAll(header)) start = (object.index ?? 0) + object[0].length;
      literal = start < 0 ? null : readLiteral(text, start);
    } else {
      literal = readLiteral(text, (match.index ?? 0) + whole.length - 1);
    }
    if (literal !== null) found = decodeText(literalBytes(literal));
  }
  return found;
}
