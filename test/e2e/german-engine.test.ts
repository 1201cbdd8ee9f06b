// The engine's own words in German, in a real terminal at 80×24 (issue 18): a class checkpoint's
// notice, what the step still misses, the lesson menu and the solution it shows — German, with
// the console's labels in English, no English sentence of the tutor's, and no row past its box.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, startIamtutor, steady, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

let session: Session | undefined;
afterEach(async () => {
  const ending = session;
  session = undefined;
  ending?.kill();
  await ending?.exited;
});

/** Rows joined with single spaces, box edges dropped: a sentence wrapped over rows reads whole. */
const flat = (screen: string) => screen.replace(/[│║╔╗╚╝═╭╮╰╯]/g, ' ').replace(/\s+/g, ' ');
/** The lesson panel: the rows under the console's last rule. */
const panel = (screen: string) =>
  screen
    .split('\n')
    .slice(screen.split('\n').findLastIndex((row) => /^─{20,}/.test(row)) + 1)
    .join('\n');

/** The tutor's English sentences this walk would show if the engine spoke English. */
const ENGLISH = /Still missing|Checkpoint: step|you are on|Go to |Lesson menu|Show the solution|or Enter|of \d+ lines|the earlier steps/;

function noRowPastItsBox(screen: string): void {
  const rows = screen.split('\n');
  expect(rows.length).toBeLessThanOrEqual(24);
  for (const row of rows) if (row.includes('║')) expect(row.trimEnd()).toMatch(/║$/);
  expect(screen).not.toContain('\uFFFD');
}

describe('the engine in German at 80×24', () => {
  it('says the checkpoint, what is missing and the solution in German', async () => {
    const s = (session = startIamtutor(
      ['start', 'create-access-keys', '--step', 'open-wizard', '--lang', 'de', '--data-dir', tempDir('iamtutor-de-')],
      {
        columns: 80,
        rows: 24,
      },
    ));
    await s.waitFor(/Schritt 4 von 9/);
    let screen = await steady(s);
    expect(flat(panel(screen))).toContain('Checkpoint: Schritt 4 von 9; die Schritte davor wurden für dich erledigt.');
    noRowPastItsBox(screen);

    // The step scrolls in the panel: at its end, what the check still misses, in the engine's words.
    for (let i = 0; i < 10; i++) s.write(']');
    screen = await steady(s);
    expect(flat(panel(screen))).toContain('Es fehlt noch: der Assistent Create access key für jane.doe ist geöffnet');
    expect(panel(screen)).not.toMatch(ENGLISH);
    noRowPastItsBox(screen);

    s.write('l');
    await s.waitFor(/Lektionsmenü/);
    screen = await steady(s);
    expect(screen).toContain('Enter oder 1–');
    expect(screen).not.toMatch(ENGLISH);
    noRowPastItsBox(screen);

    s.write('1');
    screen = await s.waitFor(/Lösung zeigen\?/);
    expect(flat(screen)).toContain('y oder Enter: ja · n oder Esc: nein');
    s.write('y');
    await s.waitFor(/Öffne:/);
    screen = await steady(s);
    expect(flat(screen)).toContain('Öffne: der Assistent Create access key für jane.doe.');
    expect(screen).not.toMatch(ENGLISH);
    noRowPastItsBox(screen);
    s.write(KEYS.escape);
  }, 30_000);
  it('says a failed save and the ? help in German', async () => {
    // A file stands where the data folder's parent should be: every save fails, the lesson goes on.
    const root = tempDir('iamtutor-de-');
    writeFileSync(join(root, 'blocker'), 'not a folder');
    const s = (session = startIamtutor(['start', 'create-access-keys', '--lang', 'de', '--data-dir', join(root, 'blocker', 'data')], {
      columns: 80,
      rows: 24,
    }));
    await s.waitFor(/Schritt 1 von 9/);
    let screen = await steady(s);
    // The band below the console gives the warning two rows: why first, then where (a path too
    // long for what is left of them is cut; the reason never is).
    expect(flat(panel(screen))).toContain(
      '⚠ Der Fortschritt wurde nicht gespeichert: ein Teil dieses Pfads ist eine Datei, kein Ordner (in',
    );
    expect(screen).not.toMatch(/Progress was not saved|part of that path/);
    noRowPastItsBox(screen);

    s.write('?');
    await s.waitFor(/Tastenkürzel/);
    screen = await steady(s);
    expect(screen).toContain('In dieser Lektion');
    expect(flat(screen)).toContain('Esc, Enter oder ? schließt.');
    expect(screen).not.toMatch(/Keyboard shortcuts|Press Esc|Everywhere|On this page/);
    noRowPastItsBox(screen);
    s.write(KEYS.escape);
  }, 30_000);

  it('says the ? help of a sandbox started on its own in German', async () => {
    const s = (session = startIamtutor(['sandbox', '--lang', 'de', '--data-dir', tempDir('iamtutor-de-')], { columns: 80, rows: 24 }));
    await s.waitFor(/IAM users/);
    expect(await steady(s)).toContain('Ctrl+T Terminal · ? Tasten · q beenden');
    s.write('?');
    await s.waitFor(/Tastenkürzel/);
    const screen = await steady(s);
    expect(screen).toContain('Auf dieser Seite');
    expect(flat(screen)).toContain('Esc, Enter oder ? schließt.');
    expect(screen).not.toMatch(/Keyboard shortcuts|Press Esc|Everywhere|On this page|more lines? below|PgUp\/PgDn scrolls/);
    noRowPastItsBox(screen);
    s.write(KEYS.escape);
  }, 30_000);
});
