// The home screen draws without the code that opens a lesson (lesson-code.ts: the engine, the
// terminal, the panel — what the home screen's first frame would otherwise compile and run for
// nothing). It is loaded right after the first frame, before `start X` draws, or when a lesson is
// opened before it is in. Once loaded it is kept here, like the module cache behind import()
// itself: code, not state.
export type LessonCode = typeof import('./lesson-code.js');

let loaded: LessonCode | undefined;
let loading: Promise<LessonCode> | undefined;

/** Imports the lesson code; a failure (a chunk missing from a broken install) may be tried again. */
export function loadLessonCode(): Promise<LessonCode> {
  return (loading ??= import('./lesson-code.js').then(
    (code) => (loaded = code),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** The lesson code if it is loaded already: then a lesson opens in the same key press. */
export function lessonCodeLoaded(): LessonCode | undefined {
  return loaded;
}
