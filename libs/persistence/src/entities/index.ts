/** Every TypeORM entity the application maps. */
export const ENTITIES: Function[] = [];
