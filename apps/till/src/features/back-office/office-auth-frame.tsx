import type { ReactNode } from 'react';
import { BrandMark } from '../brand/brand-mark';
import { OfficeBrand } from './office-brand';
import '../../styles/back-office.css';

export interface OfficeAuthFrameProps {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The frame of the back office's signed-out pages: what it is on one side, the form on the other. */
export function OfficeAuthFrame({ title, lead, children, footer }: OfficeAuthFrameProps) {
  return (
    <main className="office-auth">
      <section className="office-auth-aside" aria-label="About the back office">
        <OfficeBrand area="Back office" className="office-auth-brand" size={40} />
        <div className="office-auth-pitch">
          <h2>Run every till from one place.</h2>
          <ul>
            <li>Pair and retire tills in seconds</li>
            <li>Invite managers and staff with the right role</li>
            <li>Sales made offline still reach you exactly once</li>
          </ul>
        </div>
        <p className="office-auth-fineprint">Open-source point of sale that keeps selling when the internet drops.</p>
      </section>
      <div className="office-auth-card">
        <div className="office-auth-card-brand">
          <BrandMark size={32} />
          <span>Tillsafe Back office</span>
        </div>
        <header className="office-auth-head">
          <h1>{title}</h1>
          {lead ? <p className="muted">{lead}</p> : null}
        </header>
        {children}
        {footer ? <footer className="office-auth-footer">{footer}</footer> : null}
      </div>
    </main>
  );
}
