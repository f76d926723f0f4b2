/**
 * The application role. The API and worker log in as this role (or as a login role that is a member
 * of it); migrations grant it only what the application needs, table by table. It never owns a
 * table, so it can never alter, disable triggers on, or truncate one.
 */
export const APP_ROLE = 'candor_app';
