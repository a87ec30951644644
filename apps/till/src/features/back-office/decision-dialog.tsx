import { useState } from 'react';
import { FormDialog } from './form-dialog';
import { FormField } from './form-field';
import { useDialogAction } from './use-dialog-action';

export type Decision = 'approve' | 'reject';

export interface DecisionDialogProps {
  decision: Decision;
  businessName: string;
  /** Answers an error sentence to stay open with it, or undefined when done. */
  decide: (text: string | undefined) => Promise<string | undefined>;
  onClose: () => void;
}

const REASON_MIN = 3;
const TEXT_MAX = 1000;

/**
 * Confirms a decision on a business, which cannot be undone from here: approving (with an
 * optional note) lets it pair tills and sell; rejecting needs a reason, which the business sees.
 */
export function DecisionDialog({ decision, businessName, decide, onClose }: DecisionDialogProps) {
  const approving = decision === 'approve';
  const [text, setText] = useState('');
  const action = useDialogAction(onClose);

  return (
    <FormDialog
      title={approving ? `Approve ${businessName}?` : `Reject ${businessName}?`}
      action={action}
      onSubmit={() => {
        const trimmed = text.trim();
        if (!approving && trimmed.length < REASON_MIN) action.refuse('Give the reason, so the business knows what to send or change (at least 3 characters).');
        else action.run(() => decide(trimmed || undefined));
      }}
      onClose={onClose}
      submitLabel={approving ? 'Approve business' : 'Reject business'}
      busyLabel="Saving…"
      tone={approving ? 'primary' : 'danger'}
      errorId="decision-error"
    >
      <p>
        {approving
          ? `${businessName} will be able to pair tills and sell at once. This cannot be undone from here.`
          : `${businessName} will not be able to pair tills. It sees your reason and can send new documents to be reviewed again.`}
      </p>
      <FormField label={approving ? 'Note (optional)' : 'Reason'}>
        <textarea
          className="input setup-textarea"
          rows={3}
          maxLength={TEXT_MAX}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
          }}
          placeholder={approving ? 'Licence checked against the register.' : 'The liquor licence has expired; send the renewed one.'}
          aria-required={!approving}
          data-autofocus
          {...(action.error ? { 'aria-invalid': true, 'aria-describedby': 'decision-error' } : {})}
        />
      </FormField>
    </FormDialog>
  );
}
