/** Sends mail to people (password reset links, invitations). A port: SMTP or an API in production. */
export interface EmailSender {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/** Development sender: writes each message to the log instead of mailing it. */
export function loggingEmailSender(log: (line: string) => void): EmailSender {
  return {
    send: ({ to, subject, text }) => {
      log(`email to ${to}: ${subject}\n${text}`);
      return Promise.resolve();
    },
  };
}
