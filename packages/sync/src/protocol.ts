/**
 * The sync protocol version this build speaks, and the oldest one the server still accepts:
 * a till that sat offline for a week may still run an older build.
 *
 * History:
 * - 1: push/pull/events as in docs/protocol.md (first release).
 */
export const PROTOCOL_VERSION = 1;
export const OLDEST_SUPPORTED_PROTOCOL_VERSION = 1;

/** Most mutations one push may carry; larger batches get 413 BATCH_TOO_LARGE. */
export const MAX_PUSH_BATCH = 500;
/** Most changes one pull page may carry. */
export const MAX_PULL_LIMIT = 5000;
