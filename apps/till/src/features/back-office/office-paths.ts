/** Paths of the back office and of the links it mails: no till idle lock over them. */
export function isOfficePath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/') || pathname === '/reset-password' || pathname === '/accept-invitation';
}

/** The `token` of a mailed link's fragment (`#token=…`), kept out of server logs by design. */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token ? token : undefined;
}
