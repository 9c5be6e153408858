// See https://svelte.dev/docs/kit/types#app.d.ts
import type { CurrentUser } from '@kc/contract';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** A machine-readable reason, e.g. API_UNREACHABLE or an API error code. */
      code?: string;
      /** The API's request id, when the API answered with an error. */
      requestId?: string;
      /** Our own id for an unexpected error, also written to the server log. */
      errorId?: string;
    }
    interface Locals {
      /** The signed-in user, resolved once per request in `hooks.server.ts`; null when anonymous. */
      user: CurrentUser | null;
      /**
       * The API session token from the web's own `kc_session` cookie. Set whenever `user` is;
       * also set without a `user` when the API could not be asked who it belongs to.
       */
      token: string | null;
    }
  }
}

export {};
