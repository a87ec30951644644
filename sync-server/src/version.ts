/** The server's release version, reported by /api/health. */
export const SERVER_VERSION = '0.1.0';
