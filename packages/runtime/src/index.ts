/**
 * What every server-side process of the platform starts from: the configuration, the database
 * it names, which proxies to believe, the password scheme, and the demo accounts' sign-in.
 * The API and the CLI both use it; neither imports the other.
 */
export { parseEnv, type Env } from './env.ts';
export { openConfiguredDatabase } from './database.ts';
export { clientKey, normaliseAddress, parseProxyTrust, resolveClientAddress, type ProxyTrust } from './client-address.ts';
export { hashPassword, verifyPassword } from './passwords.ts';
export { enableDemoSignIn } from './demo-sign-in.ts';
