import { composeNip } from '../../../shared/domain/nip';
import { toIsoDate, daysInMonth } from '../../../shared/domain/dates';
import type { NewCandidate } from '../../db/repos/candidates.repo';
import {
  BEKASI_AGENCIES,
  FAMILY_NAMES,
  FIRST_NAMES_FEMALE,
  FIRST_NAMES_MALE,
  POSITION_LEVELS,
  PREFIX_TITLES,
  SUFFIX_TITLES,
} from './demo-people';

/** mulberry32: a tiny seeded PRNG, so the same seed always gives the same demo programme. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const chance = (random: Random, p: number) => random() < p;

function weightedLevel(random: Random) {
  const total = POSITION_LEVELS.reduce((sum, l) => sum + l.weight, 0);
  let roll = random() * total;
  for (const level of POSITION_LEVELS) {
    roll -= level.weight;
    if (roll < 0) return level;
  }
  return POSITION_LEVELS[0];
}

function personName(random: Random, gender: 'L' | 'P'): string {
  const first = pick(random, gender === 'L' ? FIRST_NAMES_MALE : FIRST_NAMES_FEMALE);
  const parts: string[] = [];
  if (chance(random, 0.15))
    parts.push(pick(random, gender === 'L' ? PREFIX_TITLES.male : PREFIX_TITLES.female));
  else if (chance(random, 0.08)) parts.push(pick(random, PREFIX_TITLES.any));
  parts.push(first);
  if (chance(random, 0.85)) parts.push(pick(random, FAMILY_NAMES));
  let name = parts.join(' ');
  if (chance(random, 0.75)) {
    const suffixes = [pick(random, SUFFIX_TITLES)];
    if (chance(random, 0.3)) suffixes.push(pick(random, ['M.Si.', 'M.M.', 'M.AP.', 'M.T.']));
    name += `, ${[...new Set(suffixes)].join(', ')}`;
  }
  return name;
}

/** A candidate roster of `count` people: valid, unique NIPs; grades consistent with position. */
export function generateCandidates(seed: number, count: number, programId: number): NewCandidate[] {
  const random = seededRandom(seed);
  const used = new Set<string>();
  const width = Math.max(3, String(count).length);
  const candidates: NewCandidate[] = [];
  for (let i = 0; i < count; i++) {
    const gender = chance(random, 0.52) ? 'L' : 'P';
    const birthYear = 1966 + Math.floor(random() * 30);
    const birthMonth = 1 + Math.floor(random() * 12);
    const birthDate = toIsoDate({
      year: birthYear,
      month: birthMonth,
      day: 1 + Math.floor(random() * daysInMonth(birthYear, birthMonth)),
    });
    const appointmentYear = Math.min(2021, birthYear + 22 + Math.floor(random() * 10));
    let nip = '';
    for (let sequence = 1 + Math.floor(random() * 400); nip === '' || used.has(nip); sequence++) {
      nip = composeNip({
        birthDate,
        appointmentYear,
        appointmentMonth: 1 + Math.floor(random() * 12),
        gender,
        sequence: ((sequence - 1) % 999) + 1,
      });
    }
    used.add(nip);
    const level = weightedLevel(random);
    const unit = pick(random, BEKASI_AGENCIES);
    candidates.push({
      programId,
      participantNo: String(i + 1).padStart(width, '0'),
      nip,
      name: personName(random, gender),
      gender,
      birthDate,
      grade: pick(random, level.grades),
      position: pick(random, level.titles),
      positionLevel: level.level,
      unit,
      phone: `08${String(Math.floor(random() * 1e10)).padStart(10, '0')}`,
      email: '',
    });
  }
  return candidates;
}
