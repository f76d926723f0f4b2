import { ApplicationRole1763712000000 } from './1763712000000-application-role.js';

/** Every migration, in order. Listed explicitly so that source, tests and dist agree. */
export const MIGRATIONS = [ApplicationRole1763712000000];
