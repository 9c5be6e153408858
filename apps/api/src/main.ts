import { DataDirBusyError } from '@kc/db';
import { parseEnv } from '@kc/runtime';
import { startApi } from './server.ts';

/** `node apps/api/src/main.ts`: the API alone. `pnpm start` runs it together with the web app. */
try {
  const api = await startApi(parseEnv());
  const shutdown = () => void api.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  process.stderr.write(`${error instanceof DataDirBusyError || (error instanceof Error && error.message.startsWith('Invalid configuration')) ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
}
