// The one way the iamtutor command prints (everything but the Ink screens). What it prints quotes
// things from outside the program — file and folder names, arguments, report fields — so every
// write goes through the sanitiser: an escape sequence in a folder name is dropped here even if
// the message that quotes it forgot. A reader that stops early (`iamtutor lint … | head -1`)
// ends the command quietly, as a broken pipe ends any Unix tool, never with a stack trace.
import { sanitiseOutput } from '../lessons/sanitise.js';

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The exit status of a program a broken pipe stopped (128 + SIGPIPE), as a shell reports it. */
export const BROKEN_PIPE_EXIT = 141;

interface Stream {
  write(text: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * Printing to these streams: sanitised, and quiet when one breaks (`exit` leaves at once). The
 * watch starts with the first write, so the Ink screens, which never print through here, keep
 * their own handling of the terminal.
 */
export function streamOutput(stdout: Stream, stderr: Stream, exit: (code: number) => void): Output {
  let closed = false;
  const watched = new Set<Stream>();
  const write = (stream: Stream, text: string) => {
    if (!watched.has(stream)) {
      watched.add(stream);
      // A stream that cannot be written to cannot carry a message either: stop, with the status.
      stream.on('error', (error) => {
        closed = true;
        exit(error.code === 'EPIPE' ? BROKEN_PIPE_EXIT : 1);
      });
    }
    if (!closed) stream.write(sanitiseOutput(text));
  };
  return { stdout: (text) => write(stdout, text), stderr: (text) => write(stderr, text) };
}

export const processOutput = (): Output => streamOutput(process.stdout, process.stderr, (code) => process.exit(code));
