import type { CustomerRecord } from '@tillsafe/sync';
import type { SubmitEvent } from 'react';
import { ModalDialog } from '../../lib/modal-dialog';
import { NewCustomerForm } from './new-customer-form';
import { useCustomerPicker } from './use-customer-picker';

export interface CustomerPickerDialogProps {
  /** The customer now on the sale, marked in the list. */
  currentId: string | null;
  /** Attach this customer to the sale (their type picks the price list). */
  onPicked: (customerId: string) => void;
  onClose: () => void;
}

/**
 * Find the customer by name, phone or email (a typo is forgiven), over the customers this till
 * holds, offline too; or create one, which is attached at once.
 */
export function CustomerPickerDialog({ currentId, onPicked, onClose }: CustomerPickerDialogProps) {
  const picker = useCustomerPicker(onPicked);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const [first] = picker.results;
    if (first && picker.query.trim()) onPicked(first.id);
  };

  return (
    <ModalDialog label="Customer" onClose={onClose} className="customer-picker">
      <header className="modal-header">
        <h2>{picker.draft ? 'New customer' : 'Customer for this sale'}</h2>
        <button type="button" className="btn btn-ghost btn-icon" aria-label="Close" onClick={onClose}>
          ✕
        </button>
      </header>
      {picker.draft ? (
        <NewCustomerForm draft={picker.draft} problem={picker.problem} saving={picker.saving} onChange={picker.editDraft} onSubmit={picker.create} onBack={picker.backToSearch} />
      ) : (
        <>
          <form className="customer-search" role="search" onSubmit={submit}>
            <input
              type="search"
              className="input input-lg"
              aria-label="Search customers"
              placeholder="Name, phone or email"
              autoComplete="off"
              spellCheck={false}
              value={picker.query}
              onChange={(event) => {
                picker.setQuery(event.target.value);
              }}
              data-autofocus
            />
          </form>
          <ul className="customer-results" aria-label="Customers">
            {picker.results.map((customer) => (
              <li key={customer.id}>
                <CustomerRow
                  customer={customer}
                  current={customer.id === currentId}
                  onPick={() => {
                    onPicked(customer.id);
                  }}
                />
              </li>
            ))}
          </ul>
          {!picker.loading && picker.results.length === 0 ? (
            <p className="customer-empty muted" role="status">
              {picker.total === 0 ? 'No customers on this till yet.' : `No customer matches “${picker.query.trim()}”.`}
            </p>
          ) : null}
          <div className="modal-actions">
            <button type="button" className="btn btn-ghost btn-lg" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="btn btn-primary btn-lg" onClick={picker.startNew}>
              New customer
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}

function CustomerRow({ customer, current, onPick }: { customer: CustomerRecord; current: boolean; onPick: () => void }) {
  const contact = [customer.phone, customer.email].filter(Boolean).join(' · ');
  return (
    <button type="button" className="customer-row" aria-current={current ? 'true' : undefined} onClick={onPick}>
      <span className="customer-row-name">
        {customer.name}
        {customer.type === 'wholesale' ? <span className="customer-badge">Wholesale</span> : null}
      </span>
      <span className="customer-row-contact muted">{contact || 'No phone or email'}</span>
    </button>
  );
}
