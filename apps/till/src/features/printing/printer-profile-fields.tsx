import type { PrinterProfile, ReceiptCodepage } from '@tillsafe/hardware';
import { SegmentedField } from './segmented-field';

const codepageNames: Record<ReceiptCodepage, string> = {
  cp858: 'CP858 · Western Europe, €',
  cp437: 'CP437 · US English',
  cp850: 'CP850 · Western Europe, no €',
  cp852: 'CP852 · Central Europe',
  cp866: 'CP866 · Cyrillic',
  windows1252: 'Windows-1252',
  'iso8859-15': 'ISO 8859-15 · Latin-9',
  auto: 'Automatic',
};

export interface PrinterProfileFieldsProps {
  id: string;
  profile: PrinterProfile;
  disabled: boolean;
  onChange: (profile: PrinterProfile) => void;
}

/** The printer's model profile: command language, paper, code page, cutter, sale code, drawer pin. */
export function PrinterProfileFields({ id, profile, disabled, onChange }: PrinterProfileFieldsProps) {
  const set = <K extends keyof PrinterProfile>(key: K, value: PrinterProfile[K]) => {
    onChange({ ...profile, [key]: value });
  };
  return (
    <>
      <SegmentedField
        legend="Model"
        name={`${id}-language`}
        value={profile.language}
        disabled={disabled}
        options={[
          { value: 'esc-pos', label: 'Epson' },
          { value: 'star-prnt', label: 'Star' },
          { value: 'star-line', label: 'Star Line' },
        ]}
        onChange={(v) => {
          set('language', v);
        }}
      />
      <span className="field-hint field-hint-tight">
        Epson covers ESC/POS printers (Bixolon, Citizen, Xprinter, most “POS-80”). Star is StarPRNT (TSP100IV, mC-Print); Star Line is older TSP and SP models.
      </span>
      <SegmentedField
        legend="Paper width"
        name={`${id}-paper`}
        value={profile.paper}
        disabled={disabled}
        options={[
          { value: '80mm', label: '80 mm' },
          { value: '58mm', label: '58 mm' },
        ]}
        onChange={(v) => {
          set('paper', v);
        }}
      />
      <label className="field">
        <span className="field-label">Code page</span>
        <select
          className="input select"
          value={profile.codepage}
          disabled={disabled}
          onChange={(e) => {
            set('codepage', e.target.value as ReceiptCodepage);
          }}
        >
          {(Object.keys(codepageNames) as ReceiptCodepage[]).map((page) => (
            <option key={page} value={page}>
              {codepageNames[page]}
            </option>
          ))}
        </select>
        <span className="field-hint">If the test print shows ? instead of € or accents, try another code page.</span>
      </label>
      <div className="field-row">
        <SegmentedField
          legend="Cutter"
          name={`${id}-cut`}
          value={profile.cut}
          disabled={disabled}
          options={[
            { value: 'partial', label: 'Partial' },
            { value: 'full', label: 'Full' },
            { value: 'none', label: 'None' },
          ]}
          onChange={(v) => {
            set('cut', v);
          }}
        />
        <SegmentedField
          legend="Drawer pin"
          name={`${id}-pin`}
          value={profile.drawer.pin}
          disabled={disabled}
          options={[
            { value: 2, label: 'Pin 2' },
            { value: 5, label: 'Pin 5' },
          ]}
          onChange={(v) => {
            set('drawer', { ...profile.drawer, pin: v });
          }}
        />
      </div>
      <SegmentedField
        legend="Code for returns"
        name={`${id}-salecode`}
        value={profile.saleCode}
        disabled={disabled}
        options={[
          { value: 'auto', label: 'Auto' },
          { value: 'code128', label: 'Barcode' },
          { value: 'qr', label: 'QR' },
          { value: 'none', label: 'None' },
        ]}
        onChange={(v) => {
          set('saleCode', v);
        }}
      />
    </>
  );
}
