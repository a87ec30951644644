import type { AgeCheck } from '@tillsafe/domain';
import type { SaleRecord } from '@tillsafe/sync';
import { useEffect, useMemo, useState } from 'react';
import { AgeCheckDialog } from '../age-check-dialog';
import type { AgeCheckLine } from '../age-check-state';
import { loyaltyOffer } from '../loyalty-offer';
import { ManualPaymentTerminal } from '../manual-payment-terminal';
import { PaymentScreen } from '../payment-screen';
import type { ReceiptContext } from '../receipt-model';
import { ReceiptView } from '../receipt-view';
import { FakePaymentTerminal } from '../testing/fake-payment-terminal';
import { makeSampleSale, sampleCashier, sampleChannel, sampleCustomer, sampleLines, sampleProducts, sampleSaleId, sampleSettings, sampleTotal } from '../testing/sample-sale';
import type { PaymentResult } from '../use-payment-screen';

/**
 * Each checkout piece with the sample sale (a real `sale.complete` record): `?show=payment`,
 * `payment-terminal` (a connected terminal that answers after a moment), `age`, `receipt`,
 * `receipt-copy`. What a piece hands back is shown as JSON, for the browser spec to check.
 */
const scenarios = ['payment', 'payment-terminal', 'age', 'receipt', 'receipt-copy'] as const;

const products = Object.values(sampleProducts);
const productById = new Map(products.map((p) => [p.id, p]));
const ageLines: AgeCheckLine[] = sampleLines.map((line) => {
  const product = productById.get(line.productId)!;
  return { lineId: line.lineId, productId: line.productId, name: product.name, detail: product.packs.find((p) => p.id === line.packId)?.name ?? '', qty: line.qty };
});

const receiptContext: Omit<ReceiptContext, 'copy'> = {
  store: { name: sampleChannel.name, addressLines: ['218 Harbour Street', 'Portland, ME 04101'], phone: '(207) 555-0142' },
  locale: sampleChannel.locale,
  timeZone: 'America/New_York',
  tillName: 'Front till',
  staffNames: new Map([[sampleCashier.id, sampleCashier.name]]),
  taxLabel: 'Sales tax',
};

/** The preview's clock: the evening of the sample sale, in the store's zone. */
const eveningOfSale = () => new Date('2026-11-20T18:41:12-05:00');

export function CheckoutPreview({ scenario }: { scenario: string }) {
  const [result, setResult] = useState<unknown>(null);
  const [open, setOpen] = useState(true);
  return (
    <main className="checkout-preview" style={{ minHeight: '100dvh', padding: 24, background: 'var(--bg)' }}>
      <nav aria-label="Scenarios" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 16 }}>
        {scenarios.map((name) => (
          <a key={name} className="chip" href={`?show=${name}`} aria-current={name === scenario ? 'page' : undefined}>
            {name}
          </a>
        ))}
        <button
          type="button"
          className="chip"
          onClick={() => {
            setOpen(true);
            setResult(null);
          }}
        >
          Open again
        </button>
      </nav>
      {open ? <Scenario scenario={scenario} onResult={(value) => {
        setResult(value);
        setOpen(false);
      }} /> : null}
      {result !== null ? (
        <pre data-testid="result" style={{ whiteSpace: 'pre-wrap', background: '#fff', padding: 16, borderRadius: 12 }}>
          {JSON.stringify(result, null, 2)}
        </pre>
      ) : null}
    </main>
  );
}

function Scenario({ scenario, onResult }: { scenario: string; onResult: (value: unknown) => void }) {
  switch (scenario) {
    case 'payment':
    case 'payment-terminal':
      return <PaymentScenario connected={scenario === 'payment-terminal'} onResult={onResult} />;
    case 'age':
      return (
        <AgeCheckDialog
          lines={ageLines}
          products={products}
          minimumAge={sampleSettings.minimumAge}
          challengeAge={25}
          locale={sampleChannel.locale}
          cashierId={sampleCashier.id}
          now={eveningOfSale}
          onPassed={(check: AgeCheck) => {
            onResult({ passed: check });
          }}
          onRemoveLines={(lineIds) => {
            onResult({ removeLines: lineIds });
          }}
          onCancel={() => {
            onResult({ cancelled: true });
          }}
        />
      );
    case 'receipt':
    case 'receipt-copy':
      return <ReceiptScenario copy={scenario === 'receipt-copy'} />;
    default:
      return <p className="muted">Pick a scenario above.</p>;
  }
}

function PaymentScenario({ connected, onResult }: { connected: boolean; onResult: (value: unknown) => void }) {
  const terminal = useMemo(() => (connected ? new SlowTerminal() : new ManualPaymentTerminal()), [connected]);
  return (
    <PaymentScreen
      saleId={sampleSaleId}
      total={sampleTotal()}
      channel={sampleChannel}
      cashRounding={sampleSettings.cashRounding}
      loyalty={loyaltyOffer(sampleCustomer.name, 2340, [], sampleSettings.loyalty!)}
      mobileMoneyProviders={['M-Pesa', 'Airtel Money']}
      terminal={terminal}
      subtitle={`9 items · ${sampleCustomer.name}`}
      onComplete={(payment: PaymentResult) => {
        onResult(payment);
      }}
      onCancel={() => {
        onResult({ cancelled: true });
      }}
    />
  );
}

/** A connected terminal stand-in: approves after a second and a half, long enough to see the screen wait. */
class SlowTerminal extends FakePaymentTerminal {
  override startPayment(...args: Parameters<FakePaymentTerminal['startPayment']>) {
    return new Promise<Awaited<ReturnType<FakePaymentTerminal['startPayment']>>>((resolve) => {
      window.setTimeout(() => {
        resolve(super.startPayment(...args));
      }, 1500);
    });
  }
}

function ReceiptScenario({ copy }: { copy: boolean }) {
  const [sale, setSale] = useState<SaleRecord | null>(null);
  const [printed, setPrinted] = useState<boolean[]>([]);
  useEffect(() => {
    void makeSampleSale().then(setSale);
  }, []);
  if (!sale) return <p className="muted">Making the sample sale…</p>;
  return (
    <>
      <ReceiptView
        sale={sale}
        context={receiptContext}
        alreadyPrinted={copy}
        onPrinted={(wasCopy) => {
          setPrinted((list) => [...list, wasCopy]);
        }}
      />
      {printed.length > 0 ? <p data-testid="printed">{printed.map((c) => (c ? 'copy' : 'original')).join(',')}</p> : null}
    </>
  );
}
