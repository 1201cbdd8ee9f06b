// Types for generate-lesson.mjs, which tests use too (yaml-plain-compare.test.ts).
/** A lesson of `steps` steps as YAML text, valid and clean under `iamtutor lint`. */
export function generateLessonYaml(steps: number): string;
