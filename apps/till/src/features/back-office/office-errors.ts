import { z } from 'zod';
import { ApiError, NetworkError } from '../../sync-client/api-client';
import { SessionEndedError } from './office-session';

const lockedDetailsSchema = z.object({ retryAfterSeconds: z.number() });
const validationDetailsSchema = z.object({ issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).min(1) });

/** The first issue of a VALIDATION_FAILED refusal: the field's path and what is wrong with it. */
export function firstIssue(error: ApiError): { path: (string | number)[]; message: string } | undefined {
  return validationDetailsSchema.safeParse(error.details).data?.issues[0];
}

const CAPABILITY_WORDS: Partial<Record<string, string>> = {
  'staff.manage': 'managing members',
  'device.manage': 'managing tills',
  'catalog.edit': 'setting up the business and its documents',
};

/**
 * The sentence a person sees for a failed back-office call. The server's messages are already
 * sentences; a few codes get wording of our own (sign-in, the network), so the screen never
 * shows a bare code.
 */
export function officeErrorMessage(error: unknown): string {
  if (error instanceof NetworkError) return 'The server cannot be reached. The back office needs a connection; check it and try again.';
  if (error instanceof SessionEndedError) return error.message;
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'INVALID_CREDENTIALS':
        return 'That email and password do not match an account. Check both and try again.';
      case 'SIGN_IN_LOCKED': {
        const details = lockedDetailsSchema.safeParse(error.details);
        if (!details.success) return error.message;
        const minutes = Math.max(1, Math.ceil(details.data.retryAfterSeconds / 60));
        return `Too many failed sign-ins. For your safety, signing in is paused for ${minutes} minute${minutes === 1 ? '' : 's'}. Try again then, or reset your password.`;
      }
      case 'FORBIDDEN': {
        // "…does not allow staff.manage…": the capability's code, said in words.
        const capability = /does not allow ([a-z]+\.[a-z_.]+)/.exec(error.message)?.[1];
        if (!capability) return error.message;
        const what = CAPABILITY_WORDS[capability] ?? 'this';
        return `Your role here does not allow ${what}. Ask an owner if you need it.`;
      }
      case 'EMAIL_TAKEN':
        return 'An account with this email already exists. Sign in instead, or reset its password.';
      case 'VALIDATION_FAILED': {
        const issue = firstIssue(error);
        const field = issue?.path.at(-1);
        if (!issue || typeof field !== 'string') return error.message;
        return `Check the ${field.replace(/([A-Z])/g, ' $1').toLowerCase()}: ${issue.message}.`;
      }
      default:
        return error.message;
    }
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** The error's machine code, for choosing what to show next (e.g. SIGN_IN_TO_ACCEPT). */
export function errorCode(error: unknown): string | undefined {
  if (error instanceof ApiError) return error.code;
  if (error instanceof NetworkError) return error.code;
  if (error instanceof SessionEndedError) return error.code;
  return undefined;
}
