export * from './client.ts';
export * from './data-dir-lock.ts';
export * from './migrate.ts';
export * as schema from './schema/index.ts';
export * from './backup.ts';
