/** Why the till itself refused to do something (as opposed to a mutator's rejection). */
export const tillErrorCodes = {
  NOT_ENROLLED: 'NOT_ENROLLED',
  NOT_SIGNED_IN: 'NOT_SIGNED_IN',
  BAD_PULL_DATA: 'BAD_PULL_DATA',
  /** The till does not know its till number or its channel's code yet: it cannot number a receipt. */
  NO_TILL_NUMBER: 'NO_TILL_NUMBER',
  /** The cart priced differently at the moment of sale than the total the customer was shown. */
  TOTAL_CHANGED: 'TOTAL_CHANGED',
} as const;
export type TillErrorCode = (typeof tillErrorCodes)[keyof typeof tillErrorCodes];

export class TillError extends Error {
  constructor(
    readonly code: TillErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'TillError';
  }
}
