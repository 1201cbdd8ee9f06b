// Hostile input in a real terminal: random byte sequences of every class a terminal (or a paste)
// can send, cut into random chunks, written to each main screen for a fixed time. The app must
// stay alive, restore the terminal when it quits, and print nothing that came from the input
// as a control sequence (an OSC 52 from a paste would write the clipboard through tmux).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../soak/prng.js';
import { foreignControls } from '../helpers/foreign-controls.js';
import { KEYS, startIamtutor, type Session } from '../helpers/pty.js';
import { openJaneSecurityCredentials } from '../helpers/console-driver.js';

/** Each screen is fuzzed this long: five screens stay well under 20 s with start-up and exit. */
const FUZZ_MS = 1000;
const SEED = Number(process.env.IAMTUTOR_FUZZ_SEED ?? 15);

const text = (r: Random) => Array.from({ length: 1 + r.int(6) }, () => r.pick([...'abcdefgxyz019 ./-_@é🙂'])).join('');
/** What the app must never print as a control: every payload carries this marker. */
const MARK = 'FUZZ';

/** One random sequence of each class the issue names, plus ordinary keys between them. */
const CLASSES: readonly ((r: Random) => Buffer | string)[] = [
  // SGR colours and blinking, as in a coloured paste
  (r) => `\u001B[${r.pick(['0', '1', '5', '31', '32', '38;5;196', '48;2;1;2;3'])}m${text(r)}`,
  // X10 and SGR mouse reports
  (r) => Buffer.from([0x1b, 0x5b, 0x4d, 32 + r.int(4), 33 + r.int(90), 33 + r.int(30)]),
  (r) => `\u001B[<${r.int(64)};${r.int(200)};${r.int(60)}${r.pick(['M', 'm'])}`,
  // bracketed paste, focus events
  (r) => `\u001B[200~${text(r)}\u001B[201~`,
  (r) => r.pick(['\u001B[I', '\u001B[O']),
  // unknown CSI, private modes, device status replies
  (r) => `\u001B[${r.int(999)};${r.int(99)}${r.pick(['x', 'q', 't', 'c', 'n', '$p', 'R'])}`,
  (r) => `\u001B[?${r.int(2005)}${r.pick(['h', 'l'])}`,
  // OSC (title, clipboard, hyperlink), DCS, APC, PM, SOS — terminated or not
  (r) => `\u001B]${r.pick(['0', '2', '52;c', '8;', '1337'])};${MARK}${text(r)}${r.pick(['\u0007', '\u001B\\', ''])}`,
  (r) => `\u001B${r.pick(['P', '_', '^', 'X'])}${MARK}${text(r)}${r.pick(['\u001B\\', '\u0007', ''])}`,
  // 8-bit C1 controls, as UTF-8 characters and as raw bytes
  (r) => `${r.pick(['\u009B', '\u009D', '\u0090', '\u0085', '\u009C'])}${MARK}31m`,
  (r) => Buffer.from([r.pick([0x9b, 0x9d, 0x90]), ...Buffer.from(`${MARK}0;x`), 0x07]),
  // invalid UTF-8, NUL
  (r) => Buffer.from(r.pick([[0xff], [0xc3], [0xe2, 0x82], [0x80, 0x80], [0xfe, 0xfe, 0xff], [0xf0, 0x9f, 0x98]])),
  () => '\u0000',
  // ordinary keys and text, so the fuzz moves through the screen (never q or Ctrl+C: they quit)
  (r) => r.pick([KEYS.up, KEYS.down, KEYS.left, KEYS.right, KEYS.tab, KEYS.shiftTab, KEYS.escape, KEYS.enter, KEYS.space, KEYS.backspace]),
  (r) => r.pick(['\u001B[5~', '\u001B[6~', '\u001B[H', '\u001B[F', '\u001B[3~', '\u001BOA', '\u001Bb', '\u0014']),
  (r) => text(r),
];

/** In the terminal pane, also a command that prints BEL, CR, BS or a tab: the pane's output is sanitised too. */
const PANE_CLASSES: readonly ((r: Random) => Buffer | string)[] = [
  ...CLASSES,
  (r) => `printf '${r.pick(['\\a', '\\r', '\\b', '\\t'])}${MARK}\\n'\r`,
];

/** Random sequences, concatenated and cut at random places (inside sequences and characters too). */
function randomChunks(r: Random, classes: readonly ((r: Random) => Buffer | string)[]): Buffer[] {
  const bytes = Buffer.concat(Array.from({ length: 2 + r.int(8) }, () => Buffer.from(r.pick(classes)(r))));
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length;) {
    const size = 1 + r.int(Math.min(24, bytes.length - at));
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

/** Resolves once the screen has not changed for `quietMs`: the app has worked through the keys queued for it. */
async function drained(s: Session, quietMs = 400, maxMs = 20_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = s.screen();
  let since = Date.now();
  while (Date.now() < deadline && Date.now() - since < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = s.screen();
    if (now !== last) [last, since] = [now, Date.now()];
  }
}

/**
 * Quits from wherever the fuzz left the app: closes the terminal pane, answers the quit dialog.
 * The fuzz writes faster than a loaded machine draws, so keys may still be queued: each key here
 * is sent only once the app has drawn everything before it, never a Ctrl+C into the exit (the
 * terminal is no longer raw by then, so it would be a real SIGINT).
 */
async function quit(s: Session): Promise<{ exitCode: number }> {
  let done = false;
  const exited = s.exited.then((result) => {
    done = true;
    return result;
  });
  for (let i = 0; i < 10 && !done; i++) {
    await drained(s);
    if (done) break;
    const screen = s.screen();
    if (screen.includes('Quit iamtutor?')) s.write('y');
    else if (/jane@laptop/.test(screen) && !/IAM users|IAM >/.test(screen)) s.write('\u0014');
    else s.write(KEYS.ctrlC);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 200))]);
  }
  return exited;
}

let session: Session | undefined;
const dirs: string[] = [];
afterEach(() => {
  session?.kill();
  session = undefined;
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Screen {
  name: string;
  args: () => string[];
  reach(s: Session): Promise<void>;
}

const SCREENS: readonly Screen[] = [
  {
    name: 'the home screen',
    args: () => {
      const dir = mkdtempSync(join(tmpdir(), 'iamtutor-fuzz-'));
      dirs.push(dir);
      return ['--data-dir', dir];
    },
    reach: async (s) => void (await s.waitFor('Create an IAM user and add her to a group')),
  },
  { name: 'the users list', args: () => ['sandbox'], reach: async (s) => void (await s.waitFor('IAM users (2)')) },
  {
    name: 'the Create user wizard, its name field focused',
    args: () => ['sandbox'],
    reach: async (s) => {
      await s.waitFor('IAM users (2)');
      await s.pressUntil(/›\[ Create user \]/, KEYS.shiftTab);
      s.write(KEYS.enter);
      await s.waitFor('Specify user details');
    },
  },
  {
    name: "a user's Security credentials tab",
    args: () => ['sandbox'],
    reach: async (s) => {
      await openJaneSecurityCredentials(s);
    },
  },
  {
    name: 'the terminal pane',
    args: () => ['sandbox'],
    reach: async (s) => {
      await s.waitFor('IAM users (2)');
      s.write('\u0014');
      await s.waitFor('jane@laptop');
    },
  },
];

describe('random hostile input on each main screen', () => {
  it.each(SCREENS.map((screen, index) => [screen.name, screen, index] as const))(
    '%s: stays alive, prints no foreign control, restores the terminal',
    async (_name, screen, index) => {
      const r = seededRandom(SEED * 100 + index);
      const s = (session = startIamtutor(screen.args(), { columns: 100, rows: 30 }));
      await screen.reach(s);
      let exitedEarly = false;
      void s.exited.then(() => (exitedEarly = true));
      const until = Date.now() + FUZZ_MS;
      while (Date.now() < until && !exitedEarly) {
        // Chunks back to back, then a pause: a burst as fast as a paste, at a rate a person (or a
        // terminal reporting the mouse) might produce, not a load test.
        for (const chunk of randomChunks(r, screen.name === 'the terminal pane' ? PANE_CLASSES : CLASSES)) s.pty.write(chunk);
        await new Promise((resolve) => setTimeout(resolve, 40 + r.int(40)));
      }
      await s.settle();
      expect(exitedEarly, `the app exited while fuzzed; it printed:\n${s.raw().slice(-800)}`).toBe(false);
      expect(s.raw()).not.toContain('TypeError');
      // All it printed, from its first frame: nothing foreign, before the fuzz or during it.
      expect(foreignControls(s.raw(), MARK)).toEqual([]);

      const { exitCode } = await quit(s);
      expect(exitCode).toBe(0);
      const tail = s.raw().slice(-200);
      expect(tail).toContain('\u001B[?1049l');
      expect(tail).toContain('\u001B[?25h');
    },
    // About 4 s each alone; more room when the whole suite shares two cores.
    40_000,
  );
});
