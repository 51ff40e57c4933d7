/**
 * The QR module matrix for a payload, with the mask pattern chosen exactly as qrcode's own
 * getBestMask chooses it (same penalty rules N1–N4, same format bits, same tie-break), only on
 * flat typed arrays. The library's generic version is two thirds of the cost of a certificate
 * page; this one is a fraction of it. A test compares every module with the library's output.
 */
import QRCode from 'qrcode';

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Row-major, 1 = dark. */
  data: Uint8Array;
  mask: number;
}

const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/** Error correction level M: its two format bits are 00 (ISO/IEC 18004, table 12). */
const LEVEL_M_BITS = 0;

const MASKS: readonly ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_i, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/** The 15 format bits: level and mask, BCH(15,5) protected, XOR 101010000010010. */
export function formatBits(mask: number): number {
  const data = (LEVEL_M_BITS << 3) | mask;
  const generator = 0b10100110111;
  let remainder = data << 10;
  for (let bit = 14; bit >= 10; bit--) {
    if (remainder & (1 << bit)) remainder ^= generator << (bit - 10);
  }
  return ((data << 10) | remainder) ^ 0b101010000010010;
}

function placeFormat(matrix: Uint8Array, size: number, mask: number): void {
  const bits = formatBits(mask);
  const set = (row: number, col: number, on: number) => (matrix[row * size + col] = on);
  for (let i = 0; i < 15; i++) {
    const on = (bits >> i) & 1;
    if (i < 6) set(i, 8, on);
    else if (i < 8) set(i + 1, 8, on);
    else set(size - 15 + i, 8, on);
    if (i < 8) set(8, size - i - 1, on);
    else if (i < 9) set(8, 15 - i, on);
    else set(8, 15 - i - 1, on);
  }
  set(size - 8, 8, 1);
}

/** qrcode's penalty score, rule for rule (mask-pattern.js), so the same mask wins. */
export function maskPenalty(m: Uint8Array, size: number): number {
  let n1 = 0;
  let n3 = 0;
  for (let row = 0; row < size; row++) {
    let sameH = 0;
    let sameV = 0;
    let lastH = -1;
    let lastV = -1;
    let bitsH = 0;
    let bitsV = 0;
    for (let col = 0; col < size; col++) {
      const h = m[row * size + col] as number;
      const v = m[col * size + row] as number;
      if (h === lastH) sameH++;
      else {
        if (sameH >= 5) n1 += 3 + (sameH - 5);
        lastH = h;
        sameH = 1;
      }
      if (v === lastV) sameV++;
      else {
        if (sameV >= 5) n1 += 3 + (sameV - 5);
        lastV = v;
        sameV = 1;
      }
      bitsH = ((bitsH << 1) & 0x7ff) | h;
      bitsV = ((bitsV << 1) & 0x7ff) | v;
      if (col >= 10) {
        if (bitsH === 0x5d0 || bitsH === 0x05d) n3++;
        if (bitsV === 0x5d0 || bitsV === 0x05d) n3++;
      }
    }
    if (sameH >= 5) n1 += 3 + (sameH - 5);
    if (sameV >= 5) n1 += 3 + (sameV - 5);
  }
  let n2 = 0;
  for (let row = 0; row < size - 1; row++) {
    for (let col = 0; col < size - 1; col++) {
      const at = row * size + col;
      const sum =
        (m[at] as number) + (m[at + 1] as number) + (m[at + size] as number) + (m[at + size + 1] as number);
      if (sum === 4 || sum === 0) n2++;
    }
  }
  let dark = 0;
  for (let i = 0; i < m.length; i++) dark += m[i] as number;
  const n4 = Math.abs(Math.ceil((dark * 100) / m.length / 5) - 10);
  return n1 + n2 * 3 + n3 * 40 + n4 * 10;
}

/** The payload as one segment: alphanumeric when it can be, else UTF-8 bytes. */
export function qrSegment(text: string) {
  return ALPHANUMERIC.test(text)
    ? { data: text, mode: 'alphanumeric' as const }
    : { data: Buffer.from(text, 'utf8'), mode: 'byte' as const };
}

// Per symbol size (one version: the same function patterns), the XOR pattern of each mask over
// the free modules, zero on reserved ones. A batch of similar payloads shares one entry.
const maskTables = new Map<number, Uint8Array[]>();

function masksFor(size: number, reserved: Uint8Array): Uint8Array[] {
  let tables = maskTables.get(size);
  if (!tables) {
    tables = MASKS.map((test) => {
      const table = new Uint8Array(size * size);
      for (let row = 0; row < size; row++) {
        for (let col = 0; col < size; col++) {
          const k = row * size + col;
          table[k] = !reserved[k] && test(row, col) ? 1 : 0;
        }
      }
      return table;
    });
    maskTables.set(size, tables);
  }
  return tables;
}

export function qrMatrix(text: string): QrMatrix {
  // Built once with mask 0 (no search), then unmasked to get the raw modules back.
  const { modules } = QRCode.create([qrSegment(text)], { errorCorrectionLevel: 'M', maskPattern: 0 });
  const { size, data, reservedBit } = modules;
  const tables = masksFor(size, reservedBit);
  const cells = size * size;
  const raw = new Uint8Array(cells);
  const mask0 = tables[0] as Uint8Array;
  for (let k = 0; k < cells; k++) raw[k] = (data[k] as number) ^ (mask0[k] as number);

  let best: QrMatrix | null = null;
  let bestPenalty = Infinity;
  for (let mask = 0; mask < tables.length; mask++) {
    const table = tables[mask] as Uint8Array;
    const candidate = new Uint8Array(cells);
    for (let k = 0; k < cells; k++) candidate[k] = (raw[k] as number) ^ (table[k] as number);
    placeFormat(candidate, size, mask);
    const penalty = maskPenalty(candidate, size);
    // Strictly lower, as in qrcode: on a tie the lower mask number wins.
    if (penalty < bestPenalty) {
      bestPenalty = penalty;
      best = { size, data: candidate, mask };
    }
  }
  return best as QrMatrix;
}
