/**
 * Realtime pokes: "tenant T's change log is now at position P".
 *
 * A writer publishes after the transaction that moved the change log has committed; every
 * server replica's subscribers for that tenant hear of it (PostgreSQL LISTEN/NOTIFY, see
 * sql-notifier.ts). Subscribers get positions, not changes: a till that hears of a position it
 * has not pulled yet pulls. A lost poke is therefore harmless — tills also pull on start, on
 * `online` and on their retry timer — which is why `publish` never fails the request it is in.
 */
export interface ChangeNotifier {
  /**
   * Tells every replica that the tenant's change log moved to `pos`; without `pos`, the
   * committed position is read from the database. Call it after the commit. Never rejects.
   */
  publish(tenantId: string, pos?: number): Promise<void>;
  /** Calls `listener` with the tenant's positions as they move, bursts coalesced; returns an unsubscribe. */
  subscribe(tenantId: string, listener: ChangeListener): () => void;
}

export type ChangeListener = (pos: number) => void;

/** The one NOTIFY channel of every tenant's change log; payload `<tenantId>:<pos>`. */
export const CHANGES_CHANNEL = 'tillsafe_changes';

const PAYLOAD_PATTERN = /^([0-9a-f-]{36}):(\d{1,15})$/;

export function encodeChangePayload(tenantId: string, pos: number): string {
  return `${tenantId}:${pos}`;
}

/** Reads a NOTIFY payload; anything else on the channel (a watchdog's ping) reads as undefined. */
export function decodeChangePayload(payload: string): { tenantId: string; pos: number } | undefined {
  const match = PAYLOAD_PATTERN.exec(payload);
  return match ? { tenantId: match[1]!, pos: Number(match[2]) } : undefined;
}
