import { compareStamps } from '../merge';
import { recordKey, type Entity } from '../record-store';
import type { FieldStamp, Mutation, MutationResult } from '../wire';

interface LoggedMutation {
  deviceId: string;
  mutation: Mutation;
  result: MutationResult;
}

/**
 * What the "fields" policy promises, computed without the engine (test only): each field of a
 * product, customer or tab line holds the value of its greatest-stamped write (HLC, then device),
 * whatever order the server received the writes in, and a voided line stays voided. Built from
 * the server's mutation log, so it also checks that nothing the server took was lost.
 */
export function expectedFields(log: readonly LoggedMutation[], seeded: ReadonlyMap<string, Record<string, unknown>>): Map<string, Record<string, unknown>> {
  const winners = new Map<string, Map<string, { value: unknown; stamp: FieldStamp }>>();
  const write = (entity: Entity, id: string, patch: Record<string, unknown>, stamp: FieldStamp) => {
    const key = recordKey(entity, id);
    let fields = winners.get(key);
    if (!fields) winners.set(key, (fields = new Map<string, { value: unknown; stamp: FieldStamp }>()));
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      const current = fields.get(field);
      if (field === 'voided' && current?.value === true) continue;
      if (!current || compareStamps(stamp, current.stamp) > 0 || (field === 'voided' && value === true)) fields.set(field, { value, stamp });
    }
  };
  for (const { deviceId, mutation, result } of log) {
    if (result.status !== 'applied' && result.status !== 'merged') continue;
    const stamp = { hlc: mutation.hlc, node: deviceId, seq: mutation.seq };
    const args = mutation.args as Record<string, unknown>;
    switch (mutation.name) {
      case 'product.upsert': {
        const product = args.product as Record<string, unknown>;
        write('product', product.id as string, product, stamp);
        break;
      }
      case 'product.update':
        write('product', args.productId as string, args.patch as Record<string, unknown>, stamp);
        break;
      case 'customer.upsert': {
        const customer = args.customer as Record<string, unknown>;
        write('customer', customer.id as string, customer, stamp);
        break;
      }
      case 'tab.addLine':
        write('tabLine', args.lineId as string, { qty: args.qty, notes: args.notes ?? '', voided: false }, stamp);
        break;
      case 'tab.updateLine':
        write('tabLine', args.lineId as string, { qty: args.qty, notes: args.notes }, stamp);
        break;
      case 'tab.voidLine':
        write('tabLine', args.lineId as string, { voided: true }, stamp);
        break;
    }
  }
  const out = new Map<string, Record<string, unknown>>();
  for (const [key, data] of seeded) out.set(key, { ...data });
  for (const [key, fields] of winners) {
    const data = out.get(key) ?? {};
    for (const [field, { value }] of fields) data[field] = value;
    out.set(key, data);
  }
  return out;
}
