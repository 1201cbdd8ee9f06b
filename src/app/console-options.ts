// What the console, a lesson and the demo are started with: the command line's options once
// parsed (src/cli/args.ts), kept here because the app, not the CLI, is what uses them.
export interface ConsoleOptions {
  seed: number;
  noColor: boolean;
  screenReader: boolean;
  downloadsDir?: string;
  /** sandbox --empty: only the administrator, for creating jane.doe from scratch. */
  empty: boolean;
  /** sandbox --users N: N more generated users. */
  users: number;
  /** --lessons DIR (repeatable), then IAMTUTOR_LESSONS (`:`-separated): more courses after the shipped one. */
  lessonDirs: string[];
  /** --presenter: the high-contrast theme without dim text, for a projector. */
  presenter: boolean;
  /** --data-dir DIR: where progress is saved (default: the XDG state folder). */
  dataDir?: string;
  /** --lang TAG as given; src/cli/language-option.ts turns it (with the environment) into `language`. */
  lang?: string;
  /** The lessons' language (a BCP 47 tag); absent: English. */
  language?: string;
  /** --lrs ENDPOINT (or IAMTUTOR_LRS_ENDPOINT) and --lrs-auth-file: send learning records as they happen. */
  lrs?: { endpoint: string; authFile?: string };
}
