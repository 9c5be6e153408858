import type { ErrorCode } from '@kc/contract';
import { m } from '$lib/paraglide/messages';

/**
 * What a visitor reads for an error, by its code: the API's own messages are English and meant
 * for developers, so the web words every code of the contract itself, in the visitor's language.
 */
const ERROR_TEXTS: Record<ErrorCode | 'API_UNREACHABLE' | 'BAD_GATEWAY', () => string> = {
  BAD_REQUEST: m.api_error_bad_request,
  VALIDATION_FAILED: m.api_error_validation_failed,
  UNAUTHORIZED: m.api_error_unauthorized,
  FORBIDDEN: m.api_error_forbidden,
  NOT_FOUND: m.api_error_not_found,
  METHOD_NOT_ALLOWED: m.api_error_method_not_allowed,
  CONFLICT: m.api_error_conflict,
  VERSION_CONFLICT: m.api_error_version_conflict,
  REFERENCED: m.api_error_referenced,
  PAYLOAD_TOO_LARGE: m.api_error_payload_too_large,
  UNSUPPORTED_MEDIA_TYPE: m.api_error_unsupported_media_type,
  UNKNOWN_REFERENCE: m.api_error_unknown_reference,
  TOO_MANY_REQUESTS: m.api_error_too_many_requests,
  INTERNAL: m.api_error_internal,
  SERVICE_UNAVAILABLE: m.api_error_service_unavailable,
  API_UNREACHABLE: m.api_error_api_unreachable,
  BAD_GATEWAY: m.api_error_bad_gateway,
};

/** The visitor's text for an error code; codes this build does not know get a general one. */
export function errorText(code: string): string {
  return Object.hasOwn(ERROR_TEXTS, code) ? ERROR_TEXTS[code as keyof typeof ERROR_TEXTS]() : m.api_error_other();
}
