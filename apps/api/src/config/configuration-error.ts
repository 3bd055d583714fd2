/** A bad or incomplete environment: main.ts prints its message alone and exits. */
export class ConfigurationError extends Error {}
