// The one store. Nothing else changes state: screens call these actions, the actions call the
// pure IAM model, and every action leaves one event in the log.
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  callIam,
  createAccount,
  IamError,
  setClock,
  type Account,
  type IamAction,
  type IamRequest,
  type IamResponse,
  type Identity,
} from '../iam/index.js';
import { wallClock, type Clock } from './clock.js';
import { actorName, redact, type AppEvent, type UiEventType } from './events.js';
import type { Location } from './location.js';
import type { Flash, Reveal } from './transient.js';

export interface PersistentState {
  account: Account;
  events: AppEvent[];
  location: Location;
  identity: Identity;
}

export interface AppState extends PersistentState {
  /** Accounts before each action still undoable; in memory only (see undo()). */
  past: Account[];
  /** The secret of the Retrieve step. Never saved, never logged; gone after close(). */
  reveal: Reveal | null;
  flash: Flash | null;

  call<A extends IamAction>(action: A, request: IamRequest<A>, options?: { viaConsole?: boolean }): CallResult<A>;
  navigate(location: Location): void;
  record(type: UiEventType, detail?: Record<string, string | boolean>): void;
  setReveal(reveal: Reveal | null): void;
  setFlash(flash: Flash | null): void;
  undo(): boolean;
  snapshot(): string;
  restore(json: string): void;
}

export type CallResult<A extends IamAction> =
  | { ok: true; response: IamResponse<A> }
  | { ok: false; error: IamError };

export interface StoreOptions {
  account?: Account;
  location?: Location;
  identity?: Identity;
  clock?: Clock;
  /** How many actions undo can take back. */
  undoDepth?: number;
}

export type AppStore = StoreApi<AppState>;

export const SNAPSHOT_VERSION = 1;

export function createAppStore(options: StoreOptions = {}): AppStore {
  const clock = options.clock ?? wallClock();
  const undoDepth = options.undoDepth ?? 100;

  return createStore<AppState>()((set, get) => {
    const nextEvent = (time: string) => ({
      seq: get().events.length + 1,
      time,
      actor: actorName(get().identity),
    });

    return {
      account: options.account ?? createAccount({ startTime: clock() }),
      events: [],
      location: options.location ?? { screen: 'users' },
      identity: options.identity ?? { type: 'root' },
      past: [],
      reveal: null,
      flash: null,

      call(action, request, callOptions = {}) {
        const time = clock();
        const before = setClock(get().account, time);
        const viaConsole = callOptions.viaConsole ?? true;
        const base = { ...nextEvent(time), kind: 'api' as const, action, request: redact(request), viaConsole };
        try {
          const { account, response } = callIam(before, action, request, { caller: get().identity, viaConsole });
          set((state) => ({
            account,
            past: [...state.past, state.account].slice(-undoDepth),
            events: [...state.events, { ...base, outcome: 'ok' }],
          }));
          return { ok: true, response };
        } catch (error) {
          if (!(error instanceof IamError)) throw error;
          // A failed call changes nothing but the log: checks and feedback read failures too.
          set((state) => ({ events: [...state.events, { ...base, outcome: error.code }] }));
          return { ok: false, error };
        }
      },

      navigate(location) {
        const detail: Record<string, string> = { screen: location.screen };
        if ('userName' in location) detail.userName = location.userName;
        if ('tab' in location) detail.tab = location.tab;
        set((state) => ({
          location,
          events: [...state.events, { ...nextEvent(clock()), kind: 'ui', type: 'navigate', detail }],
        }));
      },

      record(type, detail = {}) {
        set((state) => ({ events: [...state.events, { ...nextEvent(clock()), kind: 'ui', type, detail }] }));
      },

      setReveal: (reveal) => set({ reveal }),
      setFlash: (flash) => set({ flash }),

      // Undo restores the account as it was before the last successful action. It does not
      // re-run the log from the start: a replay would need the passwords the learner typed,
      // and the log deliberately never holds them. The undone action stays in the log as an
      // 'undo' marker so lessons and reports still see what happened.
      undo() {
        const { past } = get();
        const previous = past.at(-1);
        if (!previous) return false;
        set((state) => ({
          account: previous,
          past: state.past.slice(0, -1),
          reveal: null,
          events: [...state.events, { ...nextEvent(clock()), kind: 'ui', type: 'undo', detail: {} }],
        }));
        return true;
      },

      snapshot() {
        const { account, events, location, identity } = get();
        return JSON.stringify({ version: SNAPSHOT_VERSION, account, events, location, identity });
      },

      restore(json) {
        const data = parseSnapshot(json);
        set({ ...data, past: [], reveal: null, flash: null });
      },
    };
  });
}

export class SnapshotError extends Error {}

/** Reads a snapshot back, refusing anything that is not one (never half-loads). */
export function parseSnapshot(json: string): PersistentState {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new SnapshotError('the saved state is not valid JSON');
  }
  if (typeof data !== 'object' || data === null) throw new SnapshotError('the saved state is not an object');
  const record = data as Record<string, unknown>;
  if (typeof record.version !== 'number') throw new SnapshotError('the saved state has no version');
  if (record.version > SNAPSHOT_VERSION) {
    throw new SnapshotError(`the saved state comes from a newer iamtutor (format ${record.version}; this one reads ${SNAPSHOT_VERSION})`);
  }
  for (const field of ['account', 'events', 'location', 'identity'] as const) {
    if (typeof record[field] !== 'object' || record[field] === null) {
      throw new SnapshotError(`the saved state is missing '${field}'`);
    }
  }
  return {
    account: record.account as Account,
    events: record.events as AppEvent[],
    location: record.location as Location,
    identity: record.identity as Identity,
  };
}
