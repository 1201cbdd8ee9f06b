// A progress file that cannot be written: the lesson panel says so, in one line beside the
// console, in two rows at 80×24 (why first, then where), and keeps it in view when the step
// passes; the lesson carries on.
import { afterEach, describe, expect, it } from 'vitest';
import { KEY } from '../../../test/helpers/render.js';
import { renderLesson } from '../../../test/helpers/lesson-fixture.js';
import { flatFrame, frameLines, panelSide } from '../../../test/helpers/frame-text.js';
import { saying } from '../../lessons/words.js';

let ui: ReturnType<typeof renderLesson> | undefined;
const open = (options: Parameters<typeof renderLesson>[0] = {}) => (ui = renderLesson(options));
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

const lines = frameLines;
const flat = (frame: string) => flatFrame(frame);
const side = panelSide;

describe('the lesson panel when progress cannot be saved', () => {
  it('shows a one-line warning when progress cannot be saved, and carries on', async () => {
    const full = saying('engine.progress.notSaved', { dir: '/data', reason: saying('engine.file.diskFull') });
    const u = open({ start: { save: () => ({ ok: false, message: full }) } });
    const frame = await u.waitFor('Progress was not saved');
    expect(side(frame)).toContain('⚠ Progress was not saved: the disk is full (in /data).');
    await u.press(KEY.enter);
    await u.waitFor('Step 2 of 9');
  });

  it('at 80×24 gives a failed save two rows: why it failed first, then where, a long path cut last', async () => {
    const dir = '/tmp/iamtutor-classroom-shared-drive/learners/a-rather-long-folder-name/progress';
    const full = saying('engine.progress.notSaved', { dir, reason: saying('engine.file.diskFull') });
    const u = open({ columns: 80, rows: 24, start: { save: () => ({ ok: false, message: full }) } });
    const frame = await u.waitFor('Progress was not saved');
    const rows = lines(frame).filter((l) => l.includes('⚠') || l.includes('a-rather-long'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('⚠ Progress was not saved: the disk is full (in');
    expect(rows[1]).toContain('/tmp/iamtutor-classroom-shared-drive/');
    expect(lines(frame).every((l) => Array.from(l).length <= 80)).toBe(true);
  });

  it('at 80×24 keeps a failed save in view under "✓ Done" and at the top of the i dialog', async () => {
    const full = saying('engine.progress.notSaved', { dir: '/data', reason: saying('engine.file.diskFull') });
    const u = open({ columns: 80, rows: 24, start: { save: () => ({ ok: false, message: full }) } });
    await u.waitFor('Progress was not saved');
    await u.press(KEY.enter);
    const frame = await u.waitFor('Step 2 of 9');
    const band = lines(frame).slice(lines(frame).findIndex((l) => l.includes('Step 2 of 9:')));
    expect(band[1]).toContain("✓ Done: Open Jane Doe's details");
    expect(band[2]).toContain('⚠ Progress was not saved: the disk is full');
    expect(lines(frame).every((l) => Array.from(l).length <= 80)).toBe(true);
    await u.press('i');
    const dialog = await u.waitFor('Esc or Enter: close');
    expect(flat(dialog)).toMatch(/Step 2 of 9: .* ⚠ Progress was not saved: the disk is full \(in \/data\)\. ✓ Done/);
  });
});
