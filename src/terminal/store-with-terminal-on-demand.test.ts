// The sandbox's store, its shell loaded after the first frame: before that a line is refused in
// plain words; after it, the store runs lines exactly as a store built with the terminal in does.
import { describe, expect, it } from 'vitest';
import { createAccount } from '../iam/index.js';
import { simulatedClock } from '../store/index.js';
import { createStoreWithTerminal } from './store-with-terminal.js';
import { storeWithTerminalOnDemand } from './store-with-terminal-on-demand.js';

const START = '2026-01-12T09:00:00.000Z';
const start = () => ({ account: createAccount({ startTime: START }), clock: simulatedClock(START) });

describe('a store whose terminal is loaded on demand', () => {
  it('says the terminal is still starting for a line run before it is loaded, and changes nothing', () => {
    const store = storeWithTerminalOnDemand().newStore(start());
    const before = store.getState().shell;
    expect(store.getState().runShell('aws configure set region eu-west-1')).toEqual({
      exitCode: 127,
      output: [{ text: 'aws configure set region eu-west-1: the terminal is still starting; run it again in a moment', stream: 'stderr' }],
    });
    expect(store.getState().shell).toBe(before);
  });

  it('once loaded, runs every line as the store built with the terminal does', async () => {
    const onDemand = storeWithTerminalOnDemand();
    const lazy = onDemand.newStore(start());
    await onDemand.loadTerminal();
    const eager = createStoreWithTerminal(start());
    for (const line of ['aws configure set region eu-west-1', 'cat ~/.aws/config', 'aws sts get-caller-identity']) {
      expect(lazy.getState().runShell(line)).toEqual(eager.getState().runShell(line));
    }
    expect(lazy.getState().shell).toEqual(eager.getState().shell);
    expect(lazy.getState().scrollback).toEqual(eager.getState().scrollback);
  });
});
