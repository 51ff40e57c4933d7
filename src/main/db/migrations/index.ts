import type { Migration } from '../migrate';
import { createPrograms } from './0010-create-programs';
import { createPeople } from './0020-create-people';

/** Every migration, in order. Never edit one that has been merged: add the next one instead. */
export const MIGRATIONS: readonly Migration[] = [createPrograms, createPeople];
