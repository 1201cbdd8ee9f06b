// Sending learning records as they happen (`iamtutor start --lrs`, `iamtutor --lrs`): after each
// save of the progress file the app calls `saved`; a moment later (never inside the key press that
// caused it) the lesson's statements are built from the saved progress with the same builder as
// `report --format xapi`, those neither queued nor sent yet go into the queue file, and a background
// send posts the queue. Only one send runs at a time; a failure that may pass is tried again with
// a growing wait; a refusal that retrying cannot fix (400, 401, 403) stops sending for this run and
// is told once to `onRefused`. Nothing here prints: the app owns the terminal.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { COURSE_FILE_NAMES, parseCourseFile } from '../../lessons/course-file.js';
import { loadLessonFile } from '../../lessons/course.js';
import type { ProgressFile } from '../../lessons/progress.js';
import { fileSha256 } from '../files.js';
import { DEFAULT_XAPI_BASE } from '../xapi-vocabulary.js';
import { buildStatements, type XapiLesson } from '../xapi.js';
import { enqueue, knownIds, readQueue, updateQueue, type QueueProblem } from './queue.js';
import { flushQueue, type FlushResult, type LrsTarget, type SenderBusy } from './send.js';

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Real timers that never keep the process alive: quitting is never held up by a retry. */
export const unrefTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface LiveOptions {
  dir: string;
  learner: string;
  tool: string;
  target: LrsTarget;
  timers?: Timers;
  /** One send of the queue (tests give their own); by default flushQueue, one attempt a batch. */
  send?: (signal: AbortSignal) => Promise<FlushResult | SenderBusy | { fatal: string }>;
  /** The waits before trying again after a failure that may pass: the first, doubling up to the last. */
  retryMs?: { first: number; max: number };
}

export class LiveSender {
  private readonly lessons = new Map<string, XapiLesson | null>();
  /** Ids queued or sent: only new ones are queued. Read from the queue file once. */
  private known?: Set<string>;
  private pending = new Map<string, ProgressFile>();
  private queueTimer: unknown;
  private retryTimer: unknown;
  private sending = false;
  private again = false;
  private wait: number;
  private stopped = false;
  private refused?: QueueProblem;
  private readonly controller = new AbortController();
  private readonly listeners: ((problem: QueueProblem) => void)[] = [];
  private readonly timers: Timers;
  private readonly send: (signal: AbortSignal) => Promise<FlushResult | SenderBusy | { fatal: string }>;

  constructor(private readonly options: LiveOptions) {
    this.timers = options.timers ?? unrefTimers;
    this.wait = this.retry.first;
    this.send = options.send ?? ((signal) => flushQueue(options.dir, options.target, { attempts: 1, signal, waitForSenderMs: 0 }));
  }

  private get retry() {
    return this.options.retryMs ?? { first: 1_000, max: 30_000 };
  }

  /** The progress file was saved with this lesson file's record in it. Returns at once. */
  saved(lessonFile: string, progress: ProgressFile): void {
    if (this.stopped) return;
    this.pending.set(resolve(lessonFile), progress);
    if (this.queueTimer === undefined) this.queueTimer = this.timers.set(() => this.queuePending(), 0);
  }

  /** Told once, when the LRS refuses the records in a way retrying cannot fix. */
  onRefused(listener: (problem: QueueProblem) => void): void {
    this.listeners.push(listener);
  }

  /** Quitting: nothing more is queued or sent; a post in flight is abandoned (its statements stay queued). */
  stop(): void {
    if (this.stopped) return;
    // What was saved last is queued before anything stops: `lrs flush` or the next run sends it.
    if (this.pending.size > 0) this.queuePending(false);
    this.stopped = true;
    this.controller.abort();
    for (const handle of [this.queueTimer, this.retryTimer]) if (handle !== undefined) this.timers.clear(handle);
    this.queueTimer = this.retryTimer = undefined;
  }

  /** Queues what is new in the lessons saved since last time, then sends (unless quitting). */
  private queuePending(send = true): void {
    this.queueTimer = undefined;
    if (this.stopped) return;
    const saved = [...this.pending];
    this.pending.clear();
    // Runs in a timer of the app: whatever goes wrong here must not end the learner's lesson.
    let queued: boolean;
    try {
      queued = this.queue(saved.map(([file, progress]) => ({ file, progress })));
    } catch {
      queued = false;
    }
    if (!queued) {
      // Not queued (the file is damaged, or held too long): built and queued again later.
      for (const [file, progress] of saved) if (!this.pending.has(file)) this.pending.set(file, progress);
      return this.retryLater();
    }
    if (send) this.kick();
  }

  /** Queues the statements of these saved records that are neither queued nor sent; false when the queue could not be written. */
  private queue(saved: { file: string; progress: ProgressFile }[]): boolean {
    const known = this.knownIds();
    const fresh = saved.flatMap(({ file, progress }) => {
      const lesson = this.lessonOf(file);
      if (!lesson) return [];
      const statements = buildStatements({ learner: this.options.learner, tool: this.options.tool, lessons: [lesson], progress });
      return statements.filter((s) => !known.has(s.id));
    });
    if (fresh.length === 0) return true;
    const updated = updateQueue(this.options.dir, (queue) => {
      const inFile = knownIds(queue);
      return enqueue(
        queue,
        fresh.filter((s) => !inFile.has(s.id)),
      ).queue;
    });
    if (!updated.ok) return false;
    for (const s of fresh) known.add(s.id);
    return true;
  }

  private knownIds(): Set<string> {
    if (!this.known) {
      const read = readQueue(this.options.dir);
      this.known = read.ok ? knownIds(read.queue) : new Set();
    }
    return this.known;
  }

  /**
   * The lesson as `report` sees it: the English lesson file, under the IRI base of its folder's
   * course.yaml. Only this file and that course.yaml are read (a few milliseconds), not the whole
   * course (over half a second for the shipped one): it happens while the learner works.
   */
  private lessonOf(file: string): XapiLesson | null {
    if (!this.lessons.has(file)) {
      const entry = loadLessonFile(file);
      const sha256 = entry.lesson ? fileSha256(file) : null;
      // The course's title is not in any statement (only its IRI is), so none is looked up.
      this.lessons.set(
        file,
        entry.lesson && sha256 ? { lesson: entry.lesson, sha256, base: courseBaseOf(dirname(file)), courseTitle: '' } : null,
      );
    }
    return this.lessons.get(file) ?? null;
  }

  /**
   * Starts a send now, or right after the one running. While a retry is waiting (the LRS was away)
   * new statements wait for it too: they are queued, and a change of step must not make the
   * wait grow, nor hammer an LRS that is down.
   */
  private kick(): void {
    if (this.stopped || this.refused || this.retryTimer !== undefined) return;
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = true;
    void this.send(this.controller.signal).then(
      (result) => this.settle(result),
      () => this.settle({ fatal: 'the send failed' }),
    );
  }

  private settle(result: FlushResult | SenderBusy | { fatal: string }): void {
    this.sending = false;
    if (this.stopped) return;
    if ('busy' in result || 'fatal' in result || (result.error && result.retryLater)) return this.retryLater();
    if (result.error) {
      this.refused = result.error;
      for (const listener of this.listeners) listener(result.error);
      return;
    }
    this.wait = this.retry.first;
    if (this.again) {
      this.again = false;
      this.kick();
    }
  }

  private retryLater(): void {
    this.again = false;
    if (this.retryTimer !== undefined || this.stopped) return;
    const wait = this.wait;
    this.wait = Math.min(this.wait * 2, this.retry.max);
    this.retryTimer = this.timers.set(() => {
      this.retryTimer = undefined;
      this.queuePending();
    }, wait);
  }
}

/** The `xapiBase` of the folder's course.yaml, as loadCourseFrom reads it; else the default. */
function courseBaseOf(dir: string): string {
  for (const name of COURSE_FILE_NAMES) {
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      continue;
    }
    return parseCourseFile(text, join(dir, name)).course?.xapiBase ?? DEFAULT_XAPI_BASE;
  }
  return DEFAULT_XAPI_BASE;
}
