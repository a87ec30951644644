import { BrandMark } from '../brand/brand-mark';

export interface OfficeBrandProps {
  /** Which back office this is: "Back office", "Platform admin". */
  area: string;
  className?: string;
  size?: number;
}

/** The mark and name at the head of a back-office frame. */
export function OfficeBrand({ area, className = 'office-brand', size = 34 }: OfficeBrandProps) {
  return (
    <div className={className}>
      <BrandMark size={size} />
      <span>
        Tillsafe <small>{area}</small>
      </span>
    </div>
  );
}
