import type { PGlite } from '@electric-sql/pglite';
import type { ListenFn } from '../sync/sql-notifier';

/**
 * LISTEN on PGlite's one session: PGlite runs NOTIFY and LISTEN like PostgreSQL, delivering a
 * notification when its transaction commits. Embedded means one process, so there is no
 * connection to lose and nothing to reconnect.
 */
export function pgliteListen(client: PGlite): ListenFn {
  return async (channel, onPayload, onListening) => {
    const unlisten = await client.listen(channel, onPayload);
    onListening();
    return () => unlisten();
  };
}
