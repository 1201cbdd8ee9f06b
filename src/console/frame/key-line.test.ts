import { describe, expect, it } from 'vitest';
import { ALWAYS, keyLine } from './key-line.js';

const USERS = [
  { keys: '↑/↓', action: 'move' },
  { keys: 'Enter', action: 'open user' },
  { keys: 'Space', action: 'select for Delete' },
  { keys: '/', action: 'search' },
  { keys: 'Del', action: 'delete' },
];

describe('the key line', () => {
  it('shows four of the page keys and the keys that always work when there is room', () => {
    expect(keyLine(USERS, 160)).toBe(`↑/↓ move · Enter open user · Space select for Delete · / search · ${ALWAYS}`);
  });

  it('drops page keys from the end, whole, so quit and help are never cut (80 columns)', () => {
    const line = keyLine(USERS, 80);
    expect(line).toBe(`↑/↓ move · Enter open user · ${ALWAYS}`);
    expect(line.length).toBeLessThanOrEqual(80);
  });

  it('is the keys that always work on a page that declares none, or when nothing else fits', () => {
    expect(keyLine([], 100)).toBe(ALWAYS);
    expect(keyLine(USERS, 40)).toBe(ALWAYS);
  });

  it("ends with the tutor's keys in the words given (the learner's language), counted by display width", () => {
    const japanese = 'Ctrl+T ターミナル · ? キー · q 終了';
    expect(keyLine(USERS, 160, 'Ctrl+T Terminal · ? Tasten · q beenden')).toMatch(/ · Ctrl\+T Terminal · \? Tasten · q beenden$/);
    // 35 columns wide though 26 characters: the page's keys give way by width, not by length.
    expect(keyLine(USERS, 60, japanese)).toBe(`↑/↓ move · ${japanese}`);
  });
});
