import { Link } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { BrandMark } from '../brand/brand-mark';
import { usePair } from './use-pair';

export function PairScreen() {
  const { phase, pair, retryCatalog, skipCatalog } = usePair();
  const [pairingCode, setPairingCode] = useState('');
  const [name, setName] = useState('Till 1');
  const busy = phase.step === 'pairing' || phase.step === 'loading';

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    pair(pairingCode, name);
  };

  return (
    <main className="onboard">
      <div className="onboard-card">
        <div className="onboard-brand">
          <BrandMark size={48} />
          <span>Tillsafe</span>
        </div>
        <h1>Pair this till</h1>
        <p className="muted">Enter the pairing code a manager created in the back office. Pairing needs a connection once; after that the till sells offline.</p>

        {phase.step === 'loading' ? (
          <div className="onboard-progress" role="status">
            <span className="spinner" aria-hidden="true" />
            Loading catalog… {phase.products} products
          </div>
        ) : phase.step === 'pull-failed' ? (
          <div className="stack">
            <p className="alert" role="alert">
              {phase.message}
            </p>
            <div className="button-row">
              <button type="button" className="btn btn-primary btn-lg" onClick={retryCatalog}>
                Try again
              </button>
              <button type="button" className="btn btn-ghost btn-lg" onClick={skipCatalog}>
                Continue without catalog
              </button>
            </div>
          </div>
        ) : (
          <form className="stack" onSubmit={submit}>
            <label className="field">
              <span className="field-label">Pairing code</span>
              <input
                className="input input-lg input-code"
                value={pairingCode}
                onChange={(e) => {
                  setPairingCode(e.target.value);
                }}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                placeholder="e.g. DEMO-1234"
                required
                autoFocus
              />
            </label>
            <label className="field">
              <span className="field-label">Till name</span>
              <input
                className="input input-lg"
                value={name}
                onChange={(e) => {
                  setName(e.target.value);
                }}
                autoComplete="off"
                required
              />
            </label>
            {phase.step === 'form' && phase.error ? (
              <p className="alert" role="alert">
                {phase.error}
              </p>
            ) : null}
            <button type="submit" className="btn btn-primary btn-lg btn-block" disabled={busy}>
              {phase.step === 'pairing' ? 'Pairing…' : 'Pair this till'}
            </button>
          </form>
        )}
        <Link to="/admin" className="onboard-office-link">
          Back office
        </Link>
      </div>
    </main>
  );
}
