import postgres from 'postgres';
import { openDatabase, type Database } from '@kc/db';

/** Runs `use` on a fresh PostgreSQL database created through `adminUrl`, dropped afterwards. */
export async function withFreshPostgres<T>(adminUrl: string, name: string, use: (database: Database) => Promise<T>): Promise<T> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  try {
    return await use(database);
  } finally {
    await database.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
