import { DEFAULT_STANDARD_LEVELS, NATIONAL_COMPETENCIES } from '../../shared/domain/competencies';
import { DEFAULT_METHOD_CODES, METHOD_PRESETS } from '../../shared/domain/methods';
import type { Db } from '../db/open';
import { createInstrumentsRepo, type InstrumentsRepo } from '../db/repos/instruments.repo';

const repos = new WeakMap<Db, InstrumentsRepo>();

function repoFor(db: Db): InstrumentsRepo {
  let repo = repos.get(db);
  if (!repo) {
    repo = createInstrumentsRepo(db);
    repos.set(db, repo);
  }
  return repo;
}

export interface PresetSummary {
  competencies: number;
  methods: number;
  cells: number;
  standards: number;
}

/**
 * Copies the national preset into a programme: the nine competencies with their level
 * descriptors, the default methods with their evidence matrix, and the default standard level
 * per position level. Call it inside the transaction that creates the programme, so a new
 * programme is ready to score — and is never left half-equipped.
 */
export function installNationalPreset(db: Db, programId: number): PresetSummary {
  const repo = repoFor(db);
  const competencyIds = new Map<string, number>();
  NATIONAL_COMPETENCIES.forEach((preset, index) => {
    const id = repo.insertCompetency({
      programId,
      code: preset.code,
      name: preset.name,
      kind: preset.kind,
      sortOrder: index + 1,
    });
    competencyIds.set(preset.code, id);
    for (const level of preset.levels) repo.upsertLevel({ competencyId: id, ...level });
  });

  let cells = 0;
  let methods = 0;
  for (const code of DEFAULT_METHOD_CODES) {
    const preset = METHOD_PRESETS.find((m) => m.code === code);
    if (!preset) continue;
    const methodId = repo.insertMethod({ programId, code: preset.code, name: preset.name, rubricId: null });
    methods++;
    for (const competencyCode of preset.evidenceFor) {
      const competencyId = competencyIds.get(competencyCode);
      if (competencyId === undefined) continue;
      repo.addCell(competencyId, methodId);
      cells++;
    }
  }

  let standards = 0;
  for (const [positionLevel, level] of Object.entries(DEFAULT_STANDARD_LEVELS)) {
    for (const competencyId of competencyIds.values()) {
      repo.setStandard(programId, positionLevel, competencyId, level);
      standards++;
    }
  }
  return { competencies: competencyIds.size, methods, cells, standards };
}
