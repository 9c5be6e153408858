// See https://svelte.dev/docs/kit/types#app.d.ts
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
  }
}

export {};
