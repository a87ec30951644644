import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Error codes the API answers with; each goes with a sentence for people. */
export const apiErrorCodes = {
  NOT_FOUND: 404,
  MALFORMED_JSON: 400,
  VALIDATION_FAILED: 400,
  BAD_CURSOR: 400,
  NON_CONTIGUOUS_BATCH: 400,
  DEVICE_MISMATCH: 403,
  PROTOCOL_TOO_OLD: 426,
  PROTOCOL_TOO_NEW: 400,
  BATCH_TOO_LARGE: 413,
  BODY_TOO_LARGE: 413,
  UNAUTHORIZED: 401,
  TOKEN_EXPIRED: 401,
  DEVICE_REVOKED: 401,
  INVALID_PAIRING_CODE: 400,
  PAIRING_CODE_USED: 400,
  PAIRING_CODE_EXPIRED: 400,
  TILL_NUMBERS_EXHAUSTED: 409,
  SEQ_GAP: 409,
  REJECTION_NOT_FOUND: 404,
  SALE_NOT_FOUND: 404,
  NOT_REJECTED: 409,
  ALREADY_RESOLVED: 409,
  FORBIDDEN: 403,
  EMAIL_TAKEN: 409,
  INVALID_CREDENTIALS: 401,
  SIGN_IN_LOCKED: 429,
  REFRESH_INVALID: 401,
  REFRESH_REUSED: 401,
  RESET_TOKEN_INVALID: 400,
  BUSINESS_NOT_APPROVED: 403,
  ALREADY_REVOKED: 409,
  INVITATION_INVALID: 400,
  SIGN_IN_TO_ACCEPT: 401,
  LAST_OWNER: 409,
  ALREADY_MEMBER: 409,
  ONBOARDING_STEP_OUT_OF_ORDER: 409,
  CURRENCY_LOCKED: 409,
  UNSUPPORTED_DOCUMENT: 415,
  DOCUMENT_TOO_LARGE: 413,
  DOCUMENT_STORAGE_UNAVAILABLE: 503,
  BUSINESS_NOT_PENDING: 409,
  UNKNOWN_CATEGORY: 422,
  UNKNOWN_TAX_CATEGORY: 422,
  UNKNOWN_DEPOSIT_ITEM: 422,
  UNKNOWN_PRODUCT: 422,
  UNKNOWN_PACK: 422,
  CHALLENGE_AGE_BELOW_MINIMUM: 422,
  DUPLICATE_BARCODE: 409,
  DUPLICATE_SKU: 409,
  IMPORT_INVALID: 422,
  INTERNAL: 500,
} as const satisfies Record<string, ContentfulStatusCode>;
export type ApiErrorCode = keyof typeof apiErrorCodes;

export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = apiErrorCodes[code];
  }
}
