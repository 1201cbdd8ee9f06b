import { readdirSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COURSE_FILE_NAMES } from '../../lessons/index.js';
import { LESSON_EXTENSIONS } from '../../lessons/lesson-files.js';
import { splitTranslationName } from '../../lessons/language.js';
import { loadCourseFrom } from '../../lessons/course.js';
import { SHIPPED, shippedLesson } from '../../../test/helpers/lesson-fixture.js';
import { DemoPlayer } from './player.js';

const lesson = (id = 'create-access-keys') => shippedLesson(id).lesson!;

/** Plays every beat to the end; the store's snapshot (with the secret on screen) after each. */
function playAll(player: DemoPlayer): string[] {
  const states: string[] = [];
  while (player.tick()) states.push(JSON.stringify({ ...player.capture(), caption: player.caption }));
  return states;
}

describe('the demo player', () => {
  // Every lesson the folder ships, found by listing it: a new lesson is demonstrated too.
  const entries = loadCourseFrom([SHIPPED]).entries;
  const shipped = entries.flatMap((e) => (e.lesson ? [e.lesson] : []));

  it('loads every lesson file of the folder', () => {
    // Translations (03-x.de.yaml beside 03-x.yaml) are not lessons of their own.
    const names = readdirSync(SHIPPED);
    const isTranslation = (f: string) => names.includes(splitTranslationName(f)?.base ?? '');
    const files = names.filter((f) => LESSON_EXTENSIONS.includes(extname(f)) && !COURSE_FILE_NAMES.includes(f) && !isTranslation(f));
    expect(entries.map((e) => basename(e.file)).sort()).toEqual(files.sort());
    expect(shipped).toHaveLength(files.length);
  });

  it.each(shipped.map((l) => [l.id, l] as const))('plays %s to its end without a problem, the same way twice', (_, shippedLesson) => {
    const first = new DemoPlayer(shippedLesson);
    const states = playAll(first);
    expect(first.problem).toBeUndefined();
    expect(first.finished).toBe(true);
    expect(first.stepIndex).toBe(shippedLesson.steps.length);
    expect(playAll(new DemoPlayer(shippedLesson))).toEqual(states);
  });

  it('visits the page of each action first, and shows the secret on Retrieve access keys', () => {
    const player = new DemoPlayer(lesson());
    const seen: { did: string; screen: string }[] = [];
    while (player.tick()) seen.push({ did: player.did ?? '', screen: player.store.getState().location.screen });
    const create = seen.findIndex((s) => s.did.startsWith('In Create access key for jane.doe'));
    expect(seen[create - 1]?.screen).toBe('create-access-key');
    expect(seen[create]?.screen).toBe('create-access-key');
    const show = seen.findIndex((s) => s.did.includes('choose Show next to the Secret access key'));
    expect(show).toBeGreaterThan(create);
    expect(seen.findIndex((s) => s.did === 'Choose Download .csv file.')).toBeGreaterThan(show);
  });

  it("captions each step with its story and keeps it while the step's actions play", () => {
    const player = new DemoPlayer(lesson());
    expect(player.caption).toEqual(["You are on IAM users, signed in as the account's administrator."]);
    const captions = new Map<number, string[]>();
    for (;;) {
      const step = player.stepIndex;
      const caption = [...player.caption];
      const before = captions.get(step);
      // Within a hands-on step the caption does not move on with the clicks.
      if (before && !player.step?.quiz) expect(caption).toEqual(before);
      captions.set(step, caption);
      if (!player.tick()) break;
    }
    const all = [...captions.values()].flat().join('\n');
    // The solutions' mechanics are in the presenter's notes ("Just done"), never in the caption.
    expect(all).not.toMatch(/^Go to |Security credentials tab of jane\.doe|^In Create access key for/m);
    expect(captions.get(1)).toEqual([
      "A user's details page has five tabs: Permissions, Groups, Tags, Security credentials and Last Accessed.",
    ]);
    // A numbered list: its first item's first sentence.
    expect(captions.get(4)?.[0]).toMatch(
      /^On Access key best practices & alternatives, choose the use case Command Line Interface \(CLI\)/,
    );
  });

  it('starts paused, stops at every quiz with its choices, and shows the answer only when asked', () => {
    const player = new DemoPlayer(lesson());
    expect(player.playing).toBe(false);
    player.togglePause();
    // Played (as the timer would) up to the quiz of step 3: there the demo pauses by itself.
    while (player.playing && player.tick());
    expect(player.stepIndex).toBe(2);
    expect(player.playing).toBe(false);
    expect(player.awaitingAnswer).toBe(true);
    expect(player.caption).toEqual([
      'Quiz: The Access keys section says "No access keys" — Jane has none yet. She already has a console password. What will an access key let her do?',
      "a) Sign in to her laptop's operating system",
      'b) Sign in to the AWS Management Console',
      'c) Call AWS from the AWS CLI, an SDK or the API directly',
      "d) Log in to the company's web application",
    ]);
    player.revealAnswer();
    expect(player.awaitingAnswer).toBe(false);
    expect(player.stepIndex).toBe(2);
    expect(player.caption[0]).toBe('Answer: c) Call AWS from the AWS CLI, an SDK or the API directly');
    // Revealed once: a second a changes nothing; → moves on.
    player.revealAnswer();
    expect(player.stepIndex).toBe(2);
    player.forward();
    expect(player.stepIndex).toBe(3);
    // The next quizzes stop the demo too (steps 8 and 9).
    player.togglePause();
    while (player.playing && player.tick());
    expect([player.stepIndex, player.awaitingAnswer]).toEqual([7, true]);
  });

  it('puts the quiz back on screen when the presenter hands the keyboard back at it', () => {
    const player = new DemoPlayer(lesson());
    player.forward();
    player.forward();
    const question = player.caption;
    player.toggleHands();
    expect(player.caption).not.toEqual(question);
    player.toggleHands();
    expect(player.caption).toEqual(question);
    expect(player.awaitingAnswer).toBe(true);
  });

  it('plays unattended with autoplay: from the start and through the quizzes', () => {
    const player = new DemoPlayer(lesson(), { autoplay: true });
    expect(player.playing).toBe(true);
    while (player.playing && player.tick());
    expect(player.finished).toBe(true);
  });

  it('n shows and hides the notes, which start hidden', () => {
    const player = new DemoPlayer(lesson());
    expect(player.notesShown).toBe(false);
    player.toggleNotes();
    expect(player.notesShown).toBe(true);
    player.toggleNotes();
    expect(player.notesShown).toBe(false);
  });

  it("opens Jane's laptop terminal for a command, with a beat of its own, and closes it for the console", () => {
    const player = new DemoPlayer(lesson('sign-in-from-cli'), { autoplay: true });
    const seen: { caption: string; view: string }[] = [];
    // What was just done is said in the presenter's notes ("Just done: …"), never in the caption band.
    while (player.tick()) seen.push({ caption: player.did ?? '', view: player.store.getState().terminalView });
    const login = seen.findIndex((s) => s.caption.startsWith('In the terminal (Ctrl+T), run aws login'));
    expect(seen[login - 1]).toEqual({ caption: "Open Jane's laptop terminal (Ctrl+T).", view: 'beside' });
    expect(seen[login]?.view).toBe('beside');
    // The played login is in the pane's scrollback, its answers after its questions.
    expect(player.store.getState().scrollback.map((l) => l.text)).toContain('AWS Region [us-east-1]: us-east-1');
    const deactivate = seen.findIndex((s) => s.caption.includes('choose Deactivate'));
    const closed = seen.findIndex((s) => s.caption === 'Back to the console (Ctrl+T).');
    expect(closed).toBeGreaterThan(login);
    expect(closed).toBeLessThan(deactivate);
    expect(seen[deactivate]?.view).toBe('hidden');
  });

  it('stamps times from the lesson start, never from the wall clock', () => {
    const player = new DemoPlayer(lesson());
    playAll(player);
    const { events, account } = player.store.getState();
    expect(events.every((e) => e.time.startsWith('2026-01-15T09:'))).toBe(true);
    expect(account.clock.startsWith('2026-01-15T09:')).toBe(true);
  });

  it('← and → restore the exact state of a step start, however often', () => {
    const player = new DemoPlayer(lesson());
    const starts: string[] = [];
    for (let i = 0; i < 7; i++) {
      starts.push(JSON.stringify(player.capture()));
      player.forward();
    }
    expect(player.stepIndex).toBe(7);
    starts.push(JSON.stringify(player.capture()));
    // Half-way into a step, ← goes back to its start; ← again to the start of the one before.
    player.tick();
    player.tick();
    player.back();
    expect(player.stepIndex).toBe(7);
    expect(JSON.stringify(player.capture())).toBe(starts[7]);
    player.back();
    expect(player.stepIndex).toBe(6);
    expect(JSON.stringify(player.capture())).toBe(starts[6]);
    player.back();
    expect(JSON.stringify(player.capture())).toBe(starts[5]);
    // Retrieve access keys comes back with its secret.
    player.back();
    player.back();
    expect(player.store.getState().reveal).toBeNull();
    player.forward();
    player.forward();
    expect(player.store.getState().reveal?.kind).toBe('access-key');
    expect(JSON.stringify(player.capture())).toBe(starts[5]);
    player.forward();
    expect(JSON.stringify(player.capture())).toBe(starts[6]);
  });

  it('Space plays and pauses; the presenter takes the keyboard and hands it back', () => {
    const player = new DemoPlayer(lesson());
    player.togglePause();
    expect(player.playing).toBe(true);
    player.togglePause();
    expect(player.playing).toBe(false);
    player.toggleHands();
    expect(player.handsOn).toBe(true);
    expect(player.tick()).toBe(false);
    player.forward();
    expect(player.stepIndex).toBe(0);
    // Step 1 by hand: open Jane's page; handing back moves on to step 2.
    player.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'permissions' });
    player.toggleHands();
    expect(player.handsOn).toBe(false);
    expect(player.stepIndex).toBe(1);
    expect(player.caption[0]).toContain('✓ Done by hand: Open Jane Doe');
    // Step 2 not done by hand: back at its start.
    const start = JSON.stringify(player.capture());
    player.toggleHands();
    player.store.getState().navigate({ screen: 'groups' });
    player.toggleHands();
    expect(player.stepIndex).toBe(1);
    expect(JSON.stringify(player.capture())).toBe(start);
    expect(player.caption[0]).toContain('Not done yet');
  });
});
