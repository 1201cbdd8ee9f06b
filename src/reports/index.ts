// Completion reports: build, sign, verify, format, merge. Pure apart from files.ts.
export { buildReport, timeOnTask, STEP_TIME_CAP_SECONDS, type CourseLesson, type ReportInput } from './build.js';
export { canonicalJson } from './canonical.js';
export { signReport, signBody, verifyReport, keyIdOf, learnerKey, cleanLearnerName, type Verification } from './sign.js';
export { formatReport, duration, type ReportFormat } from './format.js';
export { parseReport, type ParsedReport } from './parse.js';
export { mergeReports, type ClassTable, type ClassRow, type ReportSource } from './merge.js';
export { classMarkdown, classCsv, lessonCell, signatureWord } from './class-format.js';
export * from './types.js';
