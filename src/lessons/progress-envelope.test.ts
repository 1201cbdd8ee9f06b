// The light read of the progress file the home screen draws with before the full check: a file
// it lets through must be one the home screen can read; anything else goes to the full check.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/temp.js';
import { PROGRESS_FILE_NAME, readProgressEnvelope } from './progress-envelope.js';

const withFile = (text: string) => {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, PROGRESS_FILE_NAME), text);
  return dir;
};
const file = (lessons: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'iamtutor-progress', version: 1, lessons, ...extra });

describe('readProgressEnvelope', () => {
  it('finds nothing where nothing was saved, or where the data folder runs through a file', () => {
    expect(readProgressEnvelope(join(tempDir(), 'absent'))).toEqual({ kind: 'none' });
    const notAFolder = withFile('x');
    expect(readProgressEnvelope(join(notAFolder, PROGRESS_FILE_NAME))).toEqual({ kind: 'none' });
  });

  it('lets through a file of this version whose lessons each say their step', () => {
    const text = file({ a: { progress: { currentStepId: 's2' }, state: {} }, b: { progress: { currentStepId: null }, state: {} } }, { current: 'a' });
    expect(readProgressEnvelope(withFile(text))).toEqual({ kind: 'plausible', file: JSON.parse(text) });
  });

  it.each([
    ['not JSON', '{"format": "iamtutor-progress", '],
    ['not a progress file', JSON.stringify({ format: 'other', version: 1, lessons: {} })],
    ['a newer version', JSON.stringify({ format: 'iamtutor-progress', version: 2, lessons: {} })],
    ['lessons that are a list', JSON.stringify({ format: 'iamtutor-progress', version: 1, lessons: [] })],
    ['a current that is not an id', file({}, { current: 3 })],
    ['a lesson without its progress', file({ a: { state: {} } })],
    ['a lesson whose step is not an id', file({ a: { progress: { currentStepId: 7 }, state: {} } })],
  ])('leaves %s to the full check', (_, text) => {
    expect(readProgressEnvelope(withFile(text))).toEqual({ kind: 'check' });
  });
});
