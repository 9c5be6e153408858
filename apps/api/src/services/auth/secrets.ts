import { createHash, randomBytes } from 'node:crypto';

/** An unguessable token for a client to hold (256 bits, URL-safe). */
export const newToken = () => randomBytes(32).toString('base64url');

/** What the database stores in place of a token: a leaked table yields no usable tokens. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
