import { formatReceiptNumber } from '@tillsafe/domain';
import type { ChannelRecord, SyncTx } from '@tillsafe/sync';
import { getMetas, setMeta, type Enrolment } from '../../db/meta';
import type { TillTables } from '../../db/till-tables';
import { TillError } from '../../sync-client/till-error';

export interface NextReceipt {
  enrolment: Enrolment;
  /** The till's channel, whose code the number carries. */
  channel: ChannelRecord;
  /** The till's own sequence; stored as `receiptCounter` with the sale that uses it. */
  counter: number;
  /** CC-03-000142: the channel's code, this till's number in it, the sequence (domain receipt-number.ts). */
  receiptNo: string;
}

/**
 * This till's next receipt number, read in the caller's transaction: the caller stores the
 * counter in the same transaction as the sale, so a refused sale uses up no number. The channel
 * is read through the mutation's overlay (`tx`), the same read as its mutator's. Its code comes
 * with the channel record and the till number with enrolment (or, for a till enrolled before
 * there were numbers, with its first protocol-2 pull); until both are known the till cannot
 * number a receipt, and says so.
 */
export async function nextReceipt(db: TillTables, tx: Pick<SyncTx, 'get'>): Promise<NextReceipt> {
  const [enrolment, last] = await getMetas(db, ['enrolment', 'receiptCounter'] as const);
  if (!enrolment) throw new TillError('NOT_ENROLLED', 'This till is not paired yet.');
  const channel = (await tx.get('channel', enrolment.channelId))?.data;
  const code = channel?.code;
  if (!channel || enrolment.tillNumber === undefined || code === undefined) {
    throw new TillError('NO_TILL_NUMBER', 'This till has not received its till number and store code yet, which its receipt numbers need. Connect it to the network once and try again.');
  }
  const counter = (last ?? 0) + 1;
  return { enrolment, channel, counter, receiptNo: formatReceiptNumber({ channelCode: code, till: enrolment.tillNumber, sequence: counter }) };
}

/**
 * The receipt counter of a sale being stored: `take` writes it inside the sale's mutation
 * transaction, ahead of the sale's own writes (so a refused sale uses up no number), and `stored`
 * waits for that write once the mutation is committed.
 */
export class ReceiptCounter {
  private written: Promise<void> | undefined;

  /** Writes the counter in the sale's transaction, whose tables these are. */
  take(tables: TillTables, receipt: NextReceipt): NextReceipt {
    this.written = setMeta(tables, 'receiptCounter', receipt.counter);
    // Awaited in `stored`; a failed write aborts the whole transaction, sale included.
    this.written.catch(() => undefined);
    return receipt;
  }

  async stored(): Promise<void> {
    if (!this.written) throw new Error('The sale was stored without its receipt number.');
    await this.written;
  }
}
