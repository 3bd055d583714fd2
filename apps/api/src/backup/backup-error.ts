/** A backup or restore refused for a reason its user can act on: the command prints the message and exits 1. */
export class BackupError extends Error {}
