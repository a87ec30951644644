/**
 * The sync protocol version this build speaks, and the oldest one the server still accepts:
 * a till that sat offline for a week may still run an older build.
 *
 * History:
 * - 1: push/pull/events as in docs/protocol.md (first release).
 * - 2: selling (docs/protocol.md, "Protocol 2"): `sale.complete` args `v: 2` (priced by the
 *   pricing engine, split tenders, age check, customer, manager approval), `refund.create`, and
 *   `pull?protocolVersion=2` also brings price lists, promotions, tax categories, deposit items,
 *   selling settings, refunds and loyalty entries. Protocol-1 args and pulls are still served
 *   exactly as before, so a till that sat offline on an old build syncs as it did.
 *   Later, without a new version: a push answer that rejects something carries the optional
 *   `corrections` (corrections.ts), which older tills ignore, and a resent mutation rejected the
 *   first time answers `rejected` again instead of `duplicate`, which older tills record as the
 *   rejection they had missed.
 * - 3: parked sales (docs/protocol.md, "Protocol 3"): the `draft` entity and the `draft.park`,
 *   `draft.resume` and `draft.discard` mutators. `pull?protocolVersion=3` also brings the parked
 *   sales of the till's channel; older pulls and push corrections never carry them (an older till
 *   could not parse them), and a till moving to 3 pulls once from no cursor, as for 2.
 */
export const PROTOCOL_VERSION = 3;
export const OLDEST_SUPPORTED_PROTOCOL_VERSION = 1;

/** Most mutations one push may carry; larger batches get 413 BATCH_TOO_LARGE. */
export const MAX_PUSH_BATCH = 500;
/** Most changes one pull page may carry. */
export const MAX_PULL_LIMIT = 5000;
