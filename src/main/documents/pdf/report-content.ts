/**
 * What the individual report says beyond the raw numbers: strengths (competencies at or above
 * standard), areas to develop (below standard), and a development advice sentence per gap.
 * Generic on purpose: it names the competency and the size of the gap, and the assessor adds
 * anything personal in the meeting; it never invents facts about the person.
 */
import type { ResultCompetency } from '../../../shared/schemas/results';

type Scored = Pick<ResultCompetency, 'name' | 'standard' | 'achieved' | 'gap'>;

const isScored = (c: Scored): c is Scored & { gap: number; standard: number; achieved: number } =>
  c.gap !== null && c.standard !== null && c.achieved !== null;

/** Names of competencies whose gap is zero or positive, in table order. */
export function strengthsOf(competencies: readonly Scored[]): string[] {
  return competencies
    .filter(isScored)
    .filter((c) => c.gap >= 0)
    .map((c) => c.name);
}

/** Names of competencies below standard, the widest gap first (then table order). */
export function areasToDevelop(competencies: readonly Scored[]): string[] {
  return competencies
    .filter(isScored)
    .filter((c) => c.gap < 0)
    .map((c, order) => ({ c, order }))
    .sort((a, b) => a.c.gap - b.c.gap || a.order - b.order)
    .map(({ c }) => c.name);
}

/** One sentence per competency below standard, widest gap first; one closing sentence if none. */
export function developmentAdvice(competencies: readonly Scored[]): string[] {
  const below = competencies
    .filter(isScored)
    .filter((c) => c.gap < 0)
    .map((c, order) => ({ c, order }))
    .sort((a, b) => a.c.gap - b.c.gap || a.order - b.order)
    .map(({ c }) => c);
  if (below.length === 0) {
    if (!competencies.some(isScored)) return [];
    return [
      'Seluruh kompetensi telah memenuhi standar. Pertahankan capaian ini dan kembangkan lebih lanjut melalui ' +
        'penugasan yang lebih menantang, misalnya menjadi mentor atau pemimpin proyek di unit kerja.',
    ];
  }
  return below.map((c) => {
    const gap = Math.abs(c.gap);
    if (gap >= 2) {
      return (
        `${c.name} (kesenjangan ${gap} level, prioritas): ikuti pelatihan terstruktur dan pendampingan ` +
        `(coaching/mentoring) secara intensif, dengan penugasan yang menuntut perilaku ${c.name.toLowerCase()} ` +
        `hingga level ${c.standard}.`
      );
    }
    return (
      `${c.name} (kesenjangan 1 level): kembangkan melalui penugasan khusus, belajar mandiri, dan umpan balik ` +
      `berkala dari atasan untuk mencapai level ${c.standard}.`
    );
  });
}
