/**
 * The little XML the .xlsx parts need: attributes, entities, and Excel's own `_xHHHH_` escapes.
 * The parts are machine-written and regular, so a scanner is enough; it never resolves external
 * entities or DTDs, which a full XML parser would have to be told not to.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, body: string) => {
      if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16)) ?? whole;
      if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10)) ?? whole;
      return NAMED[body] ?? whole;
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/** Attributes of one start tag, namespace prefixes dropped: `r:id` → `id`. */
export function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (match[1] as string).replace(/^[\w.-]+:/, '');
    result[name] = decodeXml(match[2] ?? match[3] ?? '');
  }
  return result;
}

/**
 * The text of a string item (`<si>` or `<is>`): every `<t>` run, but not the phonetic guides
 * (`<rPh>`) Excel adds for Japanese, which would double the text.
 */
export function stringItemText(xml: string): string {
  const withoutPhonetic = xml.includes('rPh') ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '') : xml;
  let text = '';
  for (const match of withoutPhonetic.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) {
    text += match[1];
  }
  return decodeXml(text);
}
