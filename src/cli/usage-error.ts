/** A command line that cannot be run: its message is one line, said with the usage hint. */
export class UsageError extends Error {}
