import {
  formatCertificateNumber,
  numberPatternProblem,
} from '../../../../../shared/domain/certificate-numbering';
import {
  CertificateTemplate,
  type CertificateTemplate as Template,
} from '../../../../../shared/schemas/certificate-template';

/** The form edits the template as the core stores it; the draft is that shape. */
export type TemplateDraft = Template;

/** Same content: the form compares the draft with the saved template to know it is dirty. */
export function sameTemplate(a: TemplateDraft, b: TemplateDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The draft as the core would read it, or the first problem in words. The preview waits for a
 * draft that parses (the core would refuse it anyway) and the form shows the problems in place.
 */
export function checkDraft(
  draft: TemplateDraft,
): { ok: true; template: Template } | { ok: false; problems: Record<string, string>; first: string } {
  const parsed = CertificateTemplate.safeParse(draft);
  if (parsed.success) return { ok: true, template: parsed.data };
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) problems[issue.path.join('.')] ??= issue.message;
  return { ok: false, problems, first: parsed.error.issues[0]?.message ?? '' };
}

const TOKEN = /\{([^{}]*)\}/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The counter inside a number made from `pattern` ("800.2/0007/BKPSDM/2023" → 7), or null.
 * The core tells the next number for the saved pattern only; reading its counter back lets the
 * form show the next number for a pattern still being typed.
 */
export function sequenceIn(number: string, pattern: string): number | null {
  let source = '^';
  let last = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    source += escapeRegExp(pattern.slice(last, match.index));
    source += /^seq(:\d)?$/.test((match[1] ?? '').trim()) ? '(\\d+)' : '.*?';
    last = match.index + match[0].length;
  }
  source += `${escapeRegExp(pattern.slice(last))}$`;
  const found = new RegExp(source).exec(number);
  return found?.[1] ? Number(found[1]) : null;
}

export interface NextNumberExample {
  number: string | null;
  problem: string | null;
}

/** The number the next certificate would get with the draft pattern, or what is wrong with it. */
export function nextNumberExample(
  pattern: string,
  saved: { pattern: string; nextNumber: string | null },
  programCode: string,
  now: Date,
): NextNumberExample {
  const problem = numberPatternProblem(pattern);
  if (problem) return { number: null, problem };
  if (pattern === saved.pattern && saved.nextNumber) return { number: saved.nextNumber, problem: null };
  const seq = (saved.nextNumber && sequenceIn(saved.nextNumber, saved.pattern)) || 1;
  return {
    number: formatCertificateNumber(pattern, {
      seq,
      year: now.getFullYear(),
      month: now.getMonth() + 1,
      code: programCode,
    }),
    problem: null,
  };
}

/** `text` with `token` put in place of the selection [start, end); the caret lands after it. */
export function insertAt(
  text: string,
  token: string,
  start: number,
  end: number,
): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + token + text.slice(to), caret: from + token.length };
}
