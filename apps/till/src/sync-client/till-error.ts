/** Why the till itself refused to do something (as opposed to a mutator's rejection). */
export const tillErrorCodes = {
  NOT_ENROLLED: 'NOT_ENROLLED',
  NOT_SIGNED_IN: 'NOT_SIGNED_IN',
  BAD_PULL_DATA: 'BAD_PULL_DATA',
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
