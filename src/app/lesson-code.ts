// What opening a lesson takes beyond the home screen: the lesson engine, the simulated terminal
// and the lesson panel. One module, so that it is one chunk, loaded on demand (lesson-code-on-demand.ts).
export { startLesson } from './start-lesson.js';
export { lessonPanel } from './lesson-panel/index.js';
