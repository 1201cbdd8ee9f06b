// `course.yaml`: the optional file that names a folder of lessons as a course — its title, a
// description, a version, and the order of its lessons. Read like a lesson file: never throws,
// every problem a diagnostic at a line and column.
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { collapseRepeats, type Diagnostic, type PathProblem } from './diagnostics.js';
import { formatPath, locatorOf } from './positions.js';
import { sanitiseDeep } from './sanitise.js';
import { stepId } from './schema-common.js';
import { tooDeepProblem } from './yaml-depth.js';

export const COURSE_FILE_NAMES = ['course.yaml', 'course.yml'];
/** A course file lists a few dozen lessons at most. */
const MAX_COURSE_BYTES = 64 * 1024;

export const courseSchema = z
  .strictObject({
    title: z.string().min(1),
    description: z.string().optional(),
    version: z.union([z.string().min(1), z.number()]).optional().describe('the course revision, shown beside its title'),
    order: z.array(stepId).optional().describe('lesson ids in the order the home screen lists them; lessons not named follow in file-name order'),
    xapiBase: z
      .string()
      .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'must be an http(s) IRI without a query, like https://learning.example.org/iam')
      .optional()
      .describe('the IRI under which xAPI statements name this course, its lessons and steps (default: the documented iamtutor base)'),
    assessment: z.boolean().optional().describe('every lesson of the course is taken in assessment mode: no hints, solutions or skips, graded by its goals'),
  })
  .meta({ title: 'iamtutor course' });

export interface CourseMeta {
  title: string;
  description?: string;
  version?: string;
  order?: string[];
  /** The course's own IRI base for xAPI activities. */
  xapiBase?: string;
  /** Every lesson of the course is taken as an assessment (as `start X --assess`). */
  assessment?: boolean;
}

export interface ParsedCourseFile {
  file: string;
  course?: CourseMeta;
  diagnostics: Diagnostic[];
  locate(problem: PathProblem): Diagnostic;
}

export function parseCourseFile(text: string, file: string): ParsedCourseFile {
  const lineCounter = new LineCounter();
  const nowhere = (message: string): Diagnostic => ({ file, line: 1, column: 1, severity: 'error', message });
  if (Buffer.byteLength(text, 'utf8') > MAX_COURSE_BYTES) return { file, diagnostics: [nowhere(`the file is larger than ${MAX_COURSE_BYTES / 1024} KiB`)], locate: (p) => nowhere(p.message) };
  // As in lessons: the package's reader recurses once per level, and a stack overflow in it can
  // end the process (yaml-depth.ts).
  const tooDeep = tooDeepProblem(text, file);
  if (tooDeep) return { file, diagnostics: [tooDeep], locate: (p) => ({ ...nowhere(p.message), severity: p.severity ?? 'error' }) };
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const positionOf = locatorOf(doc, lineCounter);
  const locate = (p: PathProblem): Diagnostic => ({ file, ...positionOf(p.path, p.atKey), severity: p.severity ?? 'error', message: p.message });
  // The same error at many places is said once, with the count, as in lessons.
  const diagnostics: Diagnostic[] = collapseRepeats(
    doc.errors.map((e) => ({
      file,
      line: e.linePos?.[0].line ?? 1,
      column: e.linePos?.[0].col ?? 1,
      severity: 'error',
      message: `${e.message.split(/ at line \d+, column \d+/)[0]} (${e.code})`,
    })),
  );
  if (doc.errors.length > 0) return { file, diagnostics, locate };
  let data: unknown;
  try {
    data = sanitiseDeep(doc.toJS({ maxAliasCount: 10 }), []);
  } catch (error) {
    return { file, diagnostics: [nowhere(`the YAML cannot be read: ${(error as Error).message}`)], locate };
  }
  const result = courseSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      const where = path.length > 0 ? `${formatPath(path)}: ` : '';
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) diagnostics.push(locate({ path, atKey: key, message: `${where}unknown key '${key}' (course.yaml has title, description, version, order, xapiBase, assessment)` }));
      } else diagnostics.push(locate({ path, message: `${where}${issue.message}` }));
    }
    return { file, diagnostics, locate };
  }
  const { version, ...rest } = result.data;
  return { file, course: { ...rest, ...(version !== undefined ? { version: String(version) } : {}) }, diagnostics, locate };
}

/** `order` must name lessons of this folder, each once. */
export function courseOrderProblems(course: CourseMeta, lessonIds: readonly string[]): PathProblem[] {
  const problems: PathProblem[] = [];
  const seen = new Set<string>();
  (course.order ?? []).forEach((id, i) => {
    if (seen.has(id)) problems.push({ path: ['order', i], severity: 'warning', message: `order[${i}]: '${id}' is listed twice` });
    else if (!lessonIds.includes(id)) {
      problems.push({ path: ['order', i], message: `order[${i}]: no lesson in this folder has the id '${id}'${lessonIds.length ? ` (the lessons are: ${lessonIds.join(', ')})` : ''}` });
    }
    seen.add(id);
  });
  return problems;
}

/** Ids in course order: those `order` names first, then the rest as they came (file-name order). */
export function orderedIds(ids: readonly string[], order: readonly string[] | undefined): string[] {
  if (!order) return [...ids];
  const named = order.filter((id, i) => ids.includes(id) && order.indexOf(id) === i);
  return [...named, ...ids.filter((id) => !named.includes(id))];
}
