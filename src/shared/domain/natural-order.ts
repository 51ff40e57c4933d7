/**
 * One deterministic text order for participant numbers and competency codes, independent of the
 * OS locale: runs of digits compare as numbers ("P-2" before "P-10", "M.2" before "M.10", "9"
 * before "10"), everything else by code unit. Texts that differ only in leading zeros ("07" and
 * "7") fall back to plain code-unit order, so the order is total.
 */
export function compareNatural(a: string, b: string): number {
  return a === b ? 0 : compareNaturalKeys(naturalKey(a), naturalKey(b));
}

/** A text split once into its digit and non-digit runs, for sorting many texts. */
export interface NaturalKey {
  text: string;
  runs: string[];
}

export function naturalKey(text: string): NaturalKey {
  return { text, runs: text.match(/\d+|\D+/g) ?? [] };
}

export function compareNaturalKeys(a: NaturalKey, b: NaturalKey): number {
  if (a.text === b.text) return 0;
  const left = a.runs;
  const right = b.runs;
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    if (x === y) continue;
    if (isDigit(x) && isDigit(y)) {
      const cmp = compareDigits(x, y);
      if (cmp !== 0) return cmp;
    } else {
      return x < y ? -1 : 1;
    }
  }
  if (left.length !== right.length) return left.length - right.length;
  return a.text < b.text ? -1 : 1;
}

function isDigit(run: string): boolean {
  const code = run.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Compares two digit runs by value, however long (no Number overflow). */
function compareDigits(x: string, y: string): number {
  const xs = x.replace(/^0+(?=\d)/, '');
  const ys = y.replace(/^0+(?=\d)/, '');
  if (xs.length !== ys.length) return xs.length - ys.length;
  return xs < ys ? -1 : xs > ys ? 1 : 0;
}
