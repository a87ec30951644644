import type { Db } from '../db/database';
import type { EmailSender } from './email-sender';

/** What the back-office auth routes need from outside: storage, time, mail and the signing key. */
export interface AuthServices {
  db: Db;
  /** Milliseconds since the epoch; tests move it to expire tokens and lockouts. */
  clock: () => number;
  emailSender: EmailSender;
  signingKey: () => Promise<string>;
  /** Origin of the till/back office for links in emails (the request's origin when unset). */
  publicUrl?: string | undefined;
}
