// The completion report's shape. A report is the learner's record of the course — which lessons,
// which revision, how much help they took — and nothing else: no account state, no secret.

export const REPORT_FORMAT = 'iamtutor-report';
/** 2: wrong answers, undos, resets, mode and score per lesson; time on task across resets. */
export const REPORT_VERSION = 2;

export type LessonStatus = 'not-started' | 'in-progress' | 'completed';

export interface LessonRecord {
  id: string;
  title: string;
  /** The lesson's own `version`. */
  version: number;
  /** sha256 of the lesson file's bytes as found now; null when the file is no longer in the course. */
  sha256: string | null;
  status: LessonStatus;
  steps: number;
  stepsPassed: number;
  stepsSkipped: number;
  hintsRevealed: number;
  solutionsShown: number;
  /** Mistakes the lesson's feedback rules caught. */
  mistakesCaught: number;
  /** Quiz answers that were wrong. */
  wrongAnswers: number;
  undos: number;
  /** Step resets and lesson resets. */
  resets: number;
  /** `assessment`: taken without hints, solutions or skips, graded by the lesson's goals. */
  mode: 'practice' | 'assessment';
  /** An assessment's grade: the lesson's goals that held, of how many; null in practice. */
  score: { held: number; of: number } | null;
  /** Seconds spent on the steps (each step's time capped, so a lunch break is not counted), resets and start-overs included. */
  timeOnTaskSeconds: number;
}

export interface ReportBody {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  learner: string;
  /** When the report was made (ISO 8601, UTC). */
  date: string;
  /** The iamtutor that made it. */
  tool: string;
  lessons: LessonRecord[];
}

export interface Signature {
  algorithm: 'HMAC-SHA256';
  /** Names the class key without revealing it: the start of sha256 of a prefix and the key. */
  keyId: string;
  /** Hex HMAC-SHA256 of the body's canonical JSON. */
  value: string;
}

/** The report file (`--format json`): the body and its signature, or null when unsigned. */
export interface ReportFile {
  report: ReportBody;
  signature: Signature | null;
}
