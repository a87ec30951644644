import { can } from '@tillsafe/domain';
import { useId, useState } from 'react';
import { db } from '../../app/services';
import { useTillSession } from '../../app/till-session-store';
import { IDLE_LOCK_CHOICES, minutesLabel, saveIdleLockMinutes } from './idle-lock-settings';
import { useIdleLockMinutes } from './use-idle-lock-minutes';
import './idle-lock.css';

/**
 * "Lock after" in the sync panel: this till's idle period. A security setting, so changing it
 * needs device.manage (as resetting the till does); everyone else sees it.
 */
export function IdleLockSetting() {
  const id = useId();
  const actor = useTillSession((s) => s.actor);
  const minutes = useIdleLockMinutes();
  const [error, setError] = useState<string | undefined>(undefined);
  const canChange = actor !== undefined && can(actor.role, 'device.manage');
  // A value stored outside the offered choices (e.g. by an older build) is still shown.
  const choices = minutes === undefined || (IDLE_LOCK_CHOICES as readonly number[]).includes(minutes) ? IDLE_LOCK_CHOICES : [...IDLE_LOCK_CHOICES, minutes].sort((a, b) => a - b);

  const change = (value: number) => {
    void saveIdleLockMinutes(db, value).then((saved) => {
      setError(saved.ok ? undefined : saved.error.message);
    });
  };

  return (
    <section className="idle-lock-setting" aria-labelledby={`${id}-heading`}>
      <div>
        <h3 id={`${id}-heading`}>Screen lock</h3>
        <p className="muted">
          {canChange ? 'Lock this till after this long without a touch, click or key.' : 'This till locks itself when left alone. A manager can change when.'}
        </p>
        {error ? (
          <p className="text-danger" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <label className="field idle-lock-field">
        <span className="field-label">Lock after</span>
        <select
          className="input select"
          value={minutes ?? ''}
          disabled={!canChange || minutes === undefined}
          onChange={(e) => {
            change(Number(e.target.value));
          }}
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {minutesLabel(choice)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
