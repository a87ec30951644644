/** The − quantity + control of a cart or tab line; it stops at one (removing a line is its own button). */
export function QuantityStepper({ what, qty, onDecrease, onIncrease }: { what: string; qty: number; onDecrease: () => void; onIncrease: () => void }) {
  return (
    <div className="qty" role="group" aria-label={`Quantity of ${what}`}>
      <button type="button" className="qty-btn" aria-label={`Decrease ${what}`} disabled={qty <= 1} onClick={onDecrease}>
        −
      </button>
      <span className="qty-value" aria-label={`Quantity ${qty}`}>
        {qty}
      </span>
      <button type="button" className="qty-btn" aria-label={`Increase ${what}`} onClick={onIncrease}>
        +
      </button>
    </div>
  );
}
