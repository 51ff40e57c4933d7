import type { Migration } from '../migrate';
import { createPrograms } from './0010-create-programs';
import { createPeople } from './0020-create-people';
import { createScoring } from './0030-create-scoring';
import { createSettings } from './0040-create-settings';
import { createResults } from './0050-create-results';
import { createCertificates } from './0060-create-certificates';

/** Every migration, in order. Never edit one that has been merged: add the next one instead. */
export const MIGRATIONS: readonly Migration[] = [
  createPrograms,
  createPeople,
  createScoring,
  createSettings,
  createResults,
  createCertificates,
];
