// The home screen draws without the code that opens a lesson (lesson-code.ts: the engine, the
// terminal, the panel — what the home screen's first frame would otherwise compile and run for
// nothing). It is loaded right after the first frame, before `start X` draws, or when a lesson is
// opened before it is in.
import { codeOnDemand } from './code-on-demand.js';

export type LessonCode = typeof import('./lesson-code.js');

const lessonCode = codeOnDemand<LessonCode>(() => import('./lesson-code.js'));

/** Imports the lesson code; a failure (a chunk missing from a broken install) may be tried again. */
export const loadLessonCode = lessonCode.load;

/** The lesson code if it is loaded already: then a lesson opens in the same key press. */
export const lessonCodeLoaded = lessonCode.loaded;
