import { Outlet } from '@tanstack/react-router';
import { createContext, useContext } from 'react';
import { useTillSession } from '../../app/till-session-store';
import type { Enrolment } from '../../db/meta';
import type { StaffRow } from '../../db/rows';
import { useMoney, type MoneyFormatter } from '../../lib/use-money';
import { TillHeader } from '../sell/till-header';
import { useCatalog, type Catalog } from '../sell/use-catalog';

export interface TillFrame {
  enrolment: Enrolment;
  actor: StaffRow;
  catalog: Catalog;
  money: MoneyFormatter;
}

const FrameContext = createContext<TillFrame | undefined>(undefined);

/**
 * The tabs screens' shared frame: the till's header over the open tabs list or one tab, with the
 * session and the catalog loaded once for both, so going from a tab to the list and back does
 * not read the whole catalog again.
 */
export function TabsLayout() {
  const enrolment = useTillSession((s) => s.enrolment);
  const actor = useTillSession((s) => s.actor);
  const catalog = useCatalog(enrolment?.channelId ?? '');
  if (!enrolment || !actor) return null;
  if (!catalog) {
    return (
      <div className="screen-loading" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the catalog…
      </div>
    );
  }
  return <Framed frame={{ enrolment, actor, catalog }} />;
}

function Framed({ frame }: { frame: Omit<TillFrame, 'money'> }) {
  const money = useMoney(frame.catalog.channel);
  return (
    <div className="sell">
      <TillHeader storeName={frame.catalog.channel.name} tillName={frame.enrolment.name} actor={frame.actor} locale={frame.catalog.channel.locale} />
      <FrameContext.Provider value={{ ...frame, money }}>
        <Outlet />
      </FrameContext.Provider>
    </div>
  );
}

/** The session, catalog and money format of the tabs screens (inside TabsLayout). */
export function useTillFrame(): TillFrame {
  const frame = useContext(FrameContext);
  if (!frame) throw new Error('useTillFrame is used outside TabsLayout.');
  return frame;
}
