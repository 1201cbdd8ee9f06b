import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/temp.js';
import { noDemoMessage, notesFileName, publishNotes, readNotes } from './notes-file.js';

const view = { lesson: 'Create access keys', step: 'Step 1/9: Open Jane', status: '❚❚ paused', notes: 'Point out the column.' };

describe("the demo's notes file", () => {
  it('is written whole (0600), read back, rewritten only on change, and removed', () => {
    const dir = tempDir('iamtutor-notes-');
    const notes = publishNotes(dir, 'create-access-keys');
    notes.write(view);
    const file = join(dir, notesFileName('create-access-keys'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readNotes(dir, 'create-access-keys')).toEqual({ ok: true, view });
    const before = statSync(file).mtimeMs;
    notes.write({ ...view });
    expect(statSync(file).mtimeMs).toBe(before);
    notes.write({ ...view, did: 'Go to the Security credentials tab of jane.doe.' });
    expect(readNotes(dir, 'create-access-keys')).toMatchObject({
      ok: true,
      view: { did: 'Go to the Security credentials tab of jane.doe.' },
    });
    // Only the file: no temporary file is left beside it.
    expect(readdirSync(dir)).toEqual([notesFileName('create-access-keys')]);
    notes.remove();
    expect(readdirSync(dir)).toEqual([]);
    expect(readNotes(dir, 'create-access-keys')).toEqual({ ok: false, why: 'none' });
  });

  it("counts a file whose demo is gone as no demo, and another lesson's as none of this one", () => {
    const dir = tempDir('iamtutor-notes-');
    const file = join(dir, notesFileName('create-access-keys'));
    const content = (pid: number, lessonId = 'create-access-keys') =>
      JSON.stringify({ format: 'iamtutor-demo-notes', version: 1, pid, lessonId, view });
    // A pid past the kernel's limit is never running.
    writeFileSync(file, content(2 ** 22 + 1));
    expect(readNotes(dir, 'create-access-keys')).toEqual({ ok: false, why: 'ended' });
    writeFileSync(file, content(process.pid, 'rotate-keys'));
    expect(readNotes(dir, 'create-access-keys')).toEqual({ ok: false, why: 'unreadable' });
    writeFileSync(file, '{"format": "iamtutor-demo-notes"');
    expect(readNotes(dir, 'create-access-keys')).toEqual({ ok: false, why: 'unreadable' });
    expect(noDemoMessage('create-access-keys', dir, { ok: false, why: 'unreadable' })).toMatch(/is not one iamtutor wrote/);
    expect(noDemoMessage('create-access-keys', dir, { ok: false, why: 'ended' })).toBe(
      `no demo of 'create-access-keys' is running with the data folder ${dir}; start 'iamtutor demo create-access-keys' in another terminal first (with the same --data-dir)`,
    );
  });

  it('sanitises every text it reads', () => {
    const dir = tempDir('iamtutor-notes-');
    writeFileSync(
      join(dir, notesFileName('x')),
      JSON.stringify({
        format: 'iamtutor-demo-notes',
        version: 1,
        pid: process.pid,
        lessonId: 'x',
        view: { lesson: 'L\u001b]52;c;aGk=\u0007', step: 'S\u009b2J', status: '\u202e▶', notes: 'a\u001b[31mb\nc', did: 'd\u0007' },
      }),
    );
    expect(readNotes(dir, 'x')).toEqual({ ok: true, view: { lesson: 'L', step: 'S', status: '▶', notes: 'ab\nc', did: 'd' } });
  });

  it('keeps the demo going when the data folder cannot be written, and says so once', () => {
    const dir = tempDir('iamtutor-notes-');
    writeFileSync(join(dir, 'not-a-folder'), '');
    const problems: string[] = [];
    const notes = publishNotes(join(dir, 'not-a-folder'), 'x', (message) => problems.push(message));
    notes.write(view);
    notes.write({ ...view, status: '▶' });
    notes.remove();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^the notes for --notes-only could not be written to .*not-a-folder: /);
    expect(readFileSync(join(dir, 'not-a-folder'), 'utf8')).toBe('');
  });
});
