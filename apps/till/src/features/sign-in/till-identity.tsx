import { db } from '../../app/services';
import { useTillSession } from '../../app/till-session-store';
import { useLiveQuery } from '../../lib/use-live-query';
import { BrandMark } from '../brand/brand-mark';

/** The brand mark over this till's store and till names: the heading of the sign-in and lock screens. */
export function TillIdentity({ className }: { className: string }) {
  const enrolment = useTillSession((s) => s.enrolment);
  const channel = useLiveQuery(() => db.channels.get(enrolment?.channelId ?? ''), [enrolment?.channelId]);
  return (
    <div className={className}>
      <BrandMark size={32} />
      <div className="topbar-titles">
        <span className="topbar-store">{channel?.name ?? 'Tillsafe'}</span>
        <span className="topbar-till">{enrolment?.name}</span>
      </div>
    </div>
  );
}
