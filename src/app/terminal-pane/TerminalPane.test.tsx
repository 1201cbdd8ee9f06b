import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, renderConsole } from '../../../test/helpers/render.js';

afterEach(() => cleanup());

const CTRL_T = '\u0014';
const CTRL_D = '\u0004';
const PAGE_UP = '\u001B[5~';

type Ui = ReturnType<typeof renderConsole>;

async function openTerminal() {
  const ui = renderConsole();
  await ui.waitFor('IAM users (2)');
  await ui.press(CTRL_T);
  await ui.waitFor('jane@laptop: ~');
  return ui;
}

/** The row being typed: the last prompt on screen, without the pane's border. */
function inputLine(ui: Ui): string {
  const rows = ui
    .frame()
    .split('\n')
    .filter((row) => /jane@laptop:~\$|\]: /.test(row));
  return (rows.at(-1) ?? '').replace(/^│ ?/, '').replace(/\s*│$/, '').trimEnd();
}

async function run(ui: Ui, line: string) {
  await ui.type(line);
  await ui.press(KEY.enter);
}

const shellEvents = (ui: Ui) => ui.store.getState().events.filter((e) => e.kind === 'shell');

describe('the terminal pane', () => {
  it('opens with Ctrl+T instead of the console at 100 columns, and closes again', async () => {
    const ui = await openTerminal();
    expect(ui.store.getState().terminalView).toBe('only');
    expect(ui.frame()).not.toContain('IAM users (2)');
    expect(inputLine(ui)).toBe('jane@laptop:~$');
    await ui.press(CTRL_T);
    await ui.waitFor('IAM users (2)');
    expect(ui.store.getState().terminalView).toBe('hidden');
    expect(ui.frame()).not.toContain('jane@laptop: ~');
  });

  it('opens from a console text field without typing into it, and gives the keyboard back', async () => {
    const ui = renderConsole();
    await ui.waitFor('IAM users (2)');
    await ui.press('/');
    await ui.type('ja');
    await ui.press(CTRL_T);
    await ui.waitFor('jane@laptop: ~');
    await ui.type('ne');
    expect(inputLine(ui)).toBe('jane@laptop:~$ ne');
    await ui.press(CTRL_T);
    await ui.waitFor('IAM users');
    await ui.type('.d');
    await ui.waitFor('[ja.d');
    expect(ui.frame()).not.toContain('jat');
  });

  it('lists Ctrl+T in the key help', async () => {
    const ui = renderConsole();
    await ui.waitFor('IAM users (2)');
    expect(ui.frame()).toContain('Ctrl+T terminal');
    await ui.press('?');
    await ui.waitFor('Keyboard shortcuts');
    expect(ui.frame()).toMatch(/Ctrl\+T\s+open or close the terminal/);
  });

  it('runs get-caller-identity without credentials: the CLI message, exit status 253 in the log', async () => {
    const ui = await openTerminal();
    await run(ui, 'aws sts get-caller-identity');
    await ui.waitFor('Unable to locate credentials');
    expect(ui.frame()).toContain('jane@laptop:~$ aws sts get-caller-identity');
    expect(shellEvents(ui).at(-1)).toMatchObject({ kind: 'shell', program: 'aws', exitCode: 253 });
    expect(ui.store.getState().scrollback.at(-1)?.stream).toBe('stderr');
  });

  it('configures a key through the four questions, then proves who it belongs to', async () => {
    const ui = await openTerminal();
    const created = ui.store.getState().call('CreateAccessKey', { UserName: 'jane.doe' });
    if (!created.ok) throw created.error;
    const { AccessKeyId, SecretAccessKey } = created.response.AccessKey;

    await run(ui, 'aws configure');
    await ui.waitFor('AWS Access Key ID [None]:');
    await run(ui, AccessKeyId);
    await ui.waitFor('AWS Secret Access Key [None]:');
    expect(inputLine(ui)).toBe('AWS Secret Access Key [None]:');
    await run(ui, SecretAccessKey);
    await ui.waitFor('Default region name [None]:');
    await run(ui, 'eu-west-1');
    await ui.waitFor('Default output format [None]:');
    await ui.press(KEY.enter);
    await run(ui, 'cat ~/.aws/credentials');
    const frame = await ui.waitFor('[default]');
    expect(frame).toContain(`aws_access_key_id = ${AccessKeyId}`);

    await run(ui, 'aws sts get-caller-identity');
    await ui.waitFor('"Arn": "arn:aws:iam::');
    expect(ui.frame()).toMatch(/"Arn": "arn:aws:iam::\d{12}:user\/jane\.doe"/);
    const key = ui.store.getState().account.users.find((u) => u.userName === 'jane.doe')!.accessKeys[0];
    expect(key.lastUsed.date).toBeDefined();
    expect(shellEvents(ui).at(-1)).toMatchObject({ operation: 'GetCallerIdentity', exitCode: 0, accessKeyId: AccessKeyId });
    // The secret was typed, echoed and written to ~/.aws/credentials, and nowhere else.
    expect(JSON.stringify(ui.store.getState().events)).not.toContain(SecretAccessKey);
  });

  it('keeps the scrollback out of the saved state, and secrets out of the log', async () => {
    const ui = await openTerminal();
    const created = ui.store.getState().call('CreateAccessKey', { UserName: 'admin' });
    if (!created.ok) throw created.error;
    const admin = created.response.AccessKey;
    await run(ui, 'aws configure');
    // Pasted in one chunk, each line answering the next question.
    ui.instance.stdin.write(`${admin.AccessKeyId}\r${admin.SecretAccessKey}\r\r\r`);
    await ui.waitFor('Default output format [None]:');
    await ui.settle();
    await run(ui, 'aws iam create-access-key --user-name jane.doe');
    await ui.waitFor('"SecretAccessKey"');
    const printed = /"SecretAccessKey": "([^"]+)"/.exec(
      ui.store
        .getState()
        .scrollback.map((l) => l.text)
        .join('\n'),
    )![1];

    await run(ui, `echo ${admin.SecretAccessKey}`);
    const echo = shellEvents(ui).at(-1)!;
    expect(echo).toMatchObject({ program: 'echo', command: 'echo [redacted]' });

    const snapshot = ui.store.getState().snapshot();
    expect(snapshot).not.toContain(printed);
    expect(snapshot).not.toContain('scrollback');
    expect(JSON.stringify(ui.store.getState().events)).not.toContain(admin.SecretAccessKey);
    expect(JSON.stringify(ui.store.getState().events)).not.toContain(printed);
  });

  it('recalls earlier commands with ↑ and ↓, but never an answer to a question', async () => {
    const ui = await openTerminal();
    await run(ui, 'whoami');
    await run(ui, 'hostname');
    await run(ui, 'aws configure');
    await run(ui, 'AKIAIOSFODNN7EXAMPLE');
    await ui.press(KEY.ctrlC);
    await ui.press(KEY.up);
    expect(inputLine(ui)).toBe('jane@laptop:~$ aws configure');
    await ui.press(KEY.up, KEY.up);
    expect(inputLine(ui)).toBe('jane@laptop:~$ whoami');
    await ui.press(KEY.down);
    expect(inputLine(ui)).toBe('jane@laptop:~$ hostname');
    await ui.press(KEY.down, KEY.down);
    expect(inputLine(ui)).toBe('jane@laptop:~$');
  });

  it('completes commands with Tab and lists the candidates when there are several', async () => {
    const ui = await openTerminal();
    await ui.type('aws s');
    await ui.press(KEY.tab);
    expect(inputLine(ui)).toBe('jane@laptop:~$ aws sts');
    await ui.press(KEY.backspace, KEY.backspace, KEY.backspace, KEY.backspace);
    await ui.press(KEY.tab);
    await ui.waitFor(/configure\s+help\s+iam\s+login\s+logout\s+sts/);
    expect(ui.store.getState().scrollback.map((l) => l.text)).toEqual([
      'jane@laptop:~$ aws ',
      'configure  help       iam        login      logout     sts',
    ]);
    expect(inputLine(ui)).toBe('jane@laptop:~$ aws');
    expect(shellEvents(ui)).toEqual([]);
  });

  it('edits the line: ←, Home, Ctrl+E, Backspace, Ctrl+U', async () => {
    const ui = await openTerminal();
    await ui.type('whoam');
    await ui.press(KEY.left, KEY.left);
    await ui.type('X');
    expect(inputLine(ui)).toBe('jane@laptop:~$ whoXam');
    await ui.press(KEY.backspace, '\u0005');
    await ui.type('i');
    expect(inputLine(ui)).toBe('jane@laptop:~$ whoami');
    await ui.press(KEY.home);
    await ui.type('  ');
    await ui.press('\u0015');
    expect(inputLine(ui)).toBe('jane@laptop:~$ whoami');
    await ui.press(KEY.end, '\u0015');
    expect(inputLine(ui)).toBe('jane@laptop:~$');
  });

  it('cancels a question with Ctrl+C: nothing written, exit 130, and the app stays open', async () => {
    const ui = await openTerminal();
    await run(ui, 'aws configure');
    await run(ui, 'AKIAIOSFODNN7EXAMPLE');
    await ui.type('wJalr');
    await ui.press(KEY.ctrlC);
    await ui.waitFor('AWS Secret Access Key [None]: wJalr^C');
    expect(inputLine(ui)).toBe('jane@laptop:~$');
    expect(ui.store.getState().shell.files).toEqual({});
    expect(shellEvents(ui).at(-1)).toMatchObject({ command: 'aws configure', exitCode: 130 });
    expect(ui.frame()).not.toContain('Quit iamtutor');

    await ui.type('half a line');
    await ui.press(KEY.ctrlC);
    await ui.waitFor('jane@laptop:~$ half a line^C');
    expect(ui.store.getState().shell.lastExitCode).toBe(130);
    await run(ui, 'whoami');
    await ui.waitFor(/\n│ jane\s+│/);
  });

  it('types q and ? into the line instead of quitting or opening the help', async () => {
    const ui = await openTerminal();
    await ui.type('q?');
    expect(inputLine(ui)).toBe('jane@laptop:~$ q?');
    expect(ui.frame()).not.toContain('Keyboard shortcuts');
    expect(ui.frame()).not.toContain('Quit');
  });

  it('empties the screen with clear, and keeps the scrollback when hidden and shown again', async () => {
    const ui = await openTerminal();
    await run(ui, 'echo first');
    await run(ui, 'clear');
    expect(ui.store.getState().scrollback).toEqual([]);
    expect(ui.frame()).not.toContain('first');
    await run(ui, 'echo second');
    await ui.press(CTRL_T);
    await ui.waitFor('IAM users (2)');
    await ui.press(CTRL_T);
    await ui.waitFor('jane@laptop: ~');
    expect(ui.frame()).toContain('jane@laptop:~$ echo second');
    await ui.press(KEY.up);
    expect(inputLine(ui)).toBe('jane@laptop:~$ echo second');
  });

  it('hides itself on exit and on Ctrl+D at an empty line', async () => {
    const ui = await openTerminal();
    await run(ui, 'exit');
    await ui.waitFor('IAM users (2)');
    expect(ui.store.getState().terminalView).toBe('hidden');
    await ui.press(CTRL_T);
    await ui.waitFor('jane@laptop: ~');
    await ui.press(CTRL_D);
    await ui.waitFor('IAM users (2)');
    expect(ui.store.getState().scrollback.at(-1)?.text).toBe('jane@laptop:~$ exit');
  });

  it('runs each line of a multi-line paste', async () => {
    const ui = await openTerminal();
    ui.instance.stdin.write('whoami\rhostname\rpw');
    await ui.waitFor('jane@laptop:~$ hostname');
    expect(ui.store.getState().scrollback.map((l) => l.text)).toEqual([
      'jane@laptop:~$ whoami',
      'jane',
      'jane@laptop:~$ hostname',
      'laptop',
    ]);
    expect(inputLine(ui)).toBe('jane@laptop:~$ pw');
  });

  it('scrolls back with PgUp and returns to the bottom on PgDn', async () => {
    const ui = await openTerminal();
    for (let i = 0; i < 4; i++) await run(ui, 'help');
    await ui.press(PAGE_UP);
    expect(ui.frame()).toMatch(/Scrolled up \d+ rows/);
    await ui.press(KEY.pageDown, KEY.pageDown);
    expect(ui.frame()).not.toMatch(/Scrolled up/);
  });

  it('works without colour (--no-color): the real terminal cursor marks the spot', async () => {
    const ui = renderConsole({ noColor: true });
    await ui.waitFor('IAM users (2)');
    await ui.press(CTRL_T);
    await ui.waitFor('jane@laptop: ~');
    await run(ui, 'cat nothing');
    await ui.waitFor('cat: nothing: No such file or directory');
    await ui.type('ls');
    expect(inputLine(ui)).toBe('jane@laptop:~$ ls');
  });
});
