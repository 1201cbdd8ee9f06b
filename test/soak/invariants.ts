// What must hold after every key, whatever the learner pressed (DESIGN: secrets shown once and
// never stored; IAM's quota of two keys; a snapshot that always loads back).
import { parseSnapshot, wallClock, type AppState, type AppStore, type Reveal } from '../../src/store/index.js';
import { createStoreWithTerminal } from '../../src/terminal/store-with-terminal.js';

/** The shape of every generated secret access key (src/iam/ids.ts). */
export const SECRET_SHAPE = /[A-Za-z0-9+/]{30}EXAMPLEKEY/;

/** Remembers every secret the store ever held, even one set and cleared within a single key. */
export class SecretWatch {
  private secrets = new Set<string>();
  get count(): number {
    return this.secrets.size;
  }
  list(): string[] {
    return [...this.secrets];
  }
  note(reveal: Reveal | null): void {
    if (reveal?.kind === 'access-key') this.secrets.add(reveal.secretAccessKey);
    if (reveal?.kind === 'password') this.secrets.add(reveal.password);
  }
  attach(store: AppStore): () => void {
    this.note(store.getState().reveal);
    return store.subscribe((state) => this.note(state.reveal));
  }
}

/**
 * Where a secret may be held: an access key's secret on its Create access key page (the
 * Retrieve step), a console password on the Create user wizard (Retrieve password) or on its
 * user's Security credentials tab (the Console password modal). Anywhere else is a leak.
 */
export function revealProblem(state: Pick<AppState, 'reveal' | 'location'>): string | null {
  const { reveal, location } = state;
  if (!reveal) return null;
  if (reveal.kind === 'access-key') {
    if (location.screen === 'create-access-key' && location.userName === reveal.userName) return null;
  } else if (location.screen === 'create-user') return null;
  else if (location.screen === 'user' && location.userName === reveal.userName && location.tab === 'security-credentials') return null;
  return `a ${reveal.kind} secret of ${reveal.userName} is held in store.reveal on ${JSON.stringify(location)}`;
}

export function invariantProblem(store: AppStore, watch: SecretWatch): string | null {
  const state = store.getState();
  const crowded = state.account.users.find((user) => user.accessKeys.length > 2);
  if (crowded) return `${crowded.userName} has ${crowded.accessKeys.length} access keys (the quota is 2)`;

  const misplaced = revealProblem(state);
  if (misplaced) return misplaced;

  const snapshot = state.snapshot();
  if (SECRET_SHAPE.test(snapshot))
    return `the snapshot holds something shaped like a secret access key: ${SECRET_SHAPE.exec(snapshot)![0]}`;
  const flash = JSON.stringify(state.flash ?? '');
  for (const secret of watch.list()) {
    if (snapshot.includes(secret)) return `the snapshot holds a secret shown earlier (${secret.slice(0, 4)}…)`;
    if (flash.includes(secret)) return `the flash banner holds a secret (${secret.slice(0, 4)}…)`;
  }

  try {
    parseSnapshot(snapshot);
    const fresh = createStoreWithTerminal({ clock: wallClock() });
    fresh.getState().restore(snapshot);
    if (fresh.getState().snapshot() !== snapshot) return 'the snapshot restored into a fresh store is not the same snapshot';
  } catch (error) {
    return `the snapshot does not load: ${(error as Error).message}`;
  }
  return null;
}
