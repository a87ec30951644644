import { useMemo, useState } from 'react';
import { db, syncApi, syncStore } from '../../app/services';
import { useTillSession } from '../../app/till-session-store';
import type { ChannelRow, SaleRow, StaffRow } from '../../db/rows';
import type { Enrolment } from '../../db/meta';
import { useLiveQuery } from '../../lib/use-live-query';
import { useMoney } from '../../lib/use-money';
import { TillHeader } from '../sell/till-header';
import type { StoredRefund } from '@tillsafe/sync';
import { RefundDone } from './refund-done';
import { RefundPanel } from './refund-panel';
import { SaleFinder } from './sale-finder';
import { isOnline } from '../../sync-client/sync-store';
import { remoteSaleLookup } from './remote-sales';
import { useSaleFinder } from './use-sale-finder';
import './returns.css';

/** Returns and refunds: find the sale (receipt scanned or typed, or by day and customer), refund lines of it. */
export function ReturnsScreen() {
  const enrolment = useTillSession((s) => s.enrolment);
  const actor = useTillSession((s) => s.actor);
  const channel = useLiveQuery(() => db.channels.get(enrolment?.channelId ?? ''), [enrolment?.channelId]);
  if (!enrolment || !actor) return null;
  if (!channel) {
    return (
      <div className="screen-loading" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the store…
      </div>
    );
  }
  return <Returns enrolment={enrolment} actor={actor} channel={channel} />;
}

interface Opened {
  sale: SaleRow;
  withReceipt: boolean;
}

function Returns({ enrolment, actor, channel }: { enrolment: Enrolment; actor: StaffRow; channel: ChannelRow }) {
  const money = useMoney(channel);
  const [opened, setOpened] = useState<Opened>();
  const [done, setDone] = useState<{ refund: StoredRefund; sale: SaleRow }>();
  // A new return starts from an empty receipt field.
  const [round, setRound] = useState(0);
  const remote = useMemo(() => remoteSaleLookup(db, syncApi, () => isOnline(syncStore.getState())), []);
  const finder = useSaleFinder(remote, (sale, withReceipt) => {
    setOpened({ sale, withReceipt });
  });
  const customerIds = [...new Set([...(finder.found?.sales ?? []), ...(opened ? [opened.sale] : [])].flatMap((s) => (s.customerId ? [s.customerId] : [])))];
  const customers = useLiveQuery(() => db.customers.bulkGet(customerIds), [customerIds.join()]);
  const customerName = (id: string | null | undefined) => (id ? customers?.find((c) => c?.id === id)?.name : undefined);

  return (
    <div className="sell">
      <TillHeader storeName={channel.name} tillName={enrolment.name} actor={actor} locale={channel.locale} />
      {done ? (
        <main className="returns-main returns-main-done">
          <RefundDone
            refund={done.refund}
            sale={done.sale}
            money={money}
            storeName={channel.name}
            cashier={actor.name}
            onNext={() => {
              setDone(undefined);
              setOpened(undefined);
              finder.clear();
              setRound((n) => n + 1);
            }}
          />
        </main>
      ) : (
      <main className={opened ? 'returns-main returns-main-open' : 'returns-main'}>
        <SaleFinder
          key={round}
          finder={finder}
          money={money}
          openId={opened?.sale.id}
          customerName={customerName}
          onPick={(sale, withReceipt) => {
            setOpened({ sale, withReceipt });
          }}
        />
        {opened ? (
          <RefundPanel
            key={opened.sale.id}
            sale={opened.sale}
            withReceipt={opened.withReceipt}
            actor={actor}
            customer={customerName(opened.sale.customerId)}
            money={money}
            onRefunded={(refund) => {
              setDone({ refund, sale: opened.sale });
            }}
          />
        ) : (
          <section className="refund-panel refund-panel-empty" aria-label="Refund">
            <h2>Returns</h2>
            <p className="muted">Scan the barcode on the customer’s receipt, or type its number, to see what can be refunded.</p>
            <p className="muted">Without a receipt, look up the day of the sale or the customer. A refund without the receipt needs a manager.</p>
          </section>
        )}
      </main>
      )}
    </div>
  );
}
