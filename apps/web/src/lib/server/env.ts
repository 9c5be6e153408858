import { env } from '$env/dynamic/private';

let cached: string | undefined;

/**
 * The REST API's base URL, read at runtime (not baked into the build):
 * `API_URL` when set, otherwise `http://127.0.0.1:${API_PORT ?? 3001}`.
 */
export function apiBaseUrl(): string {
  if (cached) return cached;
  const explicit = env.API_URL?.trim();
  if (explicit) {
    let parsed: URL;
    try {
      parsed = new URL(explicit);
    } catch {
      throw new Error(`API_URL must be an absolute http(s) URL, got "${explicit}".`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new Error(`API_URL must be an http(s) URL, got "${explicit}".`);
    }
    cached = explicit.replace(/\/+$/, '');
    return cached;
  }
  const port = env.API_PORT?.trim() || '3001';
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65_535) {
    throw new Error(`API_PORT must be a TCP port number, got "${port}".`);
  }
  cached = `http://127.0.0.1:${port}`;
  return cached;
}
