import type { Tone } from './status-text';

/** A coloured dot and a few words: a connection or a print job at a glance. */
export function StatusPill({ tone, text }: { tone: Tone; text: string }) {
  return (
    <span className={`pill pill-${tone}`}>
      <span className="pill-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
