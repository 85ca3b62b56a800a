/**
 * A mistake in how a command or the build was set up (a mistyped revision, a missing option, an
 * unknown time zone): shown as one `galat:` line with its fix, never as "unexpected" and never with
 * a stack trace.
 */
export class UsageError extends Error {}
