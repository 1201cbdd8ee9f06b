// The one store. Nothing else changes state: screens call these actions, the actions call the
// pure IAM model, and every action leaves one event in the log. Its types are in store-types.ts,
// its snapshot format in snapshot.ts.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { callIam, createAccount, generatePassword, IamError, recordConsoleSignIn, setClock } from '../iam/index.js';
import { EventLog } from './event-log.js';
import { actorName, redact } from './events.js';
import { createShell } from './machine.js';
import { createOverlaySlice } from './overlay.js';
import { parseSnapshot, SNAPSHOT_VERSION } from './snapshot.js';
import type { AppState, AppStore, StoreOptions } from './store-types.js';

export function createAppStore(options: StoreOptions): AppStore {
  const { clock, runShell } = options;
  const undoDepth = options.undoDepth ?? 100;

  return createStore<AppState>()((setState, get, store) => {
    const set = keepingShape(setState);
    const nextEvent = (time: string) => ({
      seq: get().events.length + 1,
      time,
      actor: actorName(get().identity),
    });

    return {
      account: options.account ?? createAccount({ startTime: clock() }),
      events: EventLog.EMPTY,
      location: options.location ?? { screen: 'users' },
      identity: options.identity ?? { type: 'root' },
      shell: options.shell ?? createShell(),
      terminalView: 'hidden',
      past: [],
      reveal: null,
      flash: null,
      scrollback: [],
      ...createOverlaySlice(set),

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
            events: state.events.append({ ...base, outcome: 'ok' }),
          }));
          return { ok: true, response };
        } catch (error) {
          if (!(error instanceof IamError)) throw error;
          // A failed call changes nothing but the log: checks and feedback read failures too.
          set((state) => ({ events: state.events.append({ ...base, outcome: error.code }) }));
          return { ok: false, error };
        }
      },

      navigate(location) {
        const detail: Record<string, string> = { screen: location.screen };
        if ('userName' in location) detail.userName = location.userName;
        if ('tab' in location && location.tab) detail.tab = location.tab;
        set((state) => ({
          location,
          events: state.events.append({ ...nextEvent(clock()), kind: 'ui', type: 'navigate', detail }),
        }));
      },

      signIn(identity, signInOptions = {}) {
        const time = clock();
        const pending = signInOptions.newPasswordRequired ?? false;
        let account = get().account;
        if (identity.type === 'user' && !pending) account = recordConsoleSignIn(setClock(account, time), identity.userName);
        const userName = identity.type === 'root' ? 'root' : identity.userName;
        set((state) => ({
          identity,
          account,
          location: pending ? { screen: 'change-password' } : (signInOptions.location ?? { screen: 'users' }),
          reveal: null,
          flash: null,
          events: state.events.append({
            seq: state.events.length + 1,
            time,
            actor: userName,
            kind: 'ui',
            type: 'sign-in',
            detail: { userName, outcome: pending ? 'new-password-required' : 'ok' },
          }),
        }));
      },

      signOut() {
        const detail = { userName: actorName(get().identity) };
        set((state) => ({
          location: { screen: 'sign-in' },
          reveal: null,
          flash: null,
          events: state.events.append({ ...nextEvent(clock()), kind: 'ui', type: 'sign-out', detail }),
        }));
      },

      record(type, detail = {}) {
        set((state) => ({ events: state.events.append({ ...nextEvent(clock()), kind: 'ui', type, detail }) }));
      },

      generatePassword() {
        const generated = generatePassword(get().account);
        set({ account: generated.account });
        return generated.password;
      },

      applyShell({ account, shell, event }) {
        set((state) => ({
          account,
          shell,
          past: account === state.account ? state.past : [...state.past, state.account].slice(-undoDepth),
          events: event ? state.events.append({ ...nextEvent(account.clock), kind: 'shell', ...event }) : state.events,
        }));
      },

      resetLaptop: () => set({ shell: options.shell ?? createShell(), scrollback: [] }),

      tick() {
        const account = setClock(get().account, clock());
        set({ account });
        return account;
      },

      setScrollback: (scrollback) => set({ scrollback }),

      runShell: (line, answer) => runShell(store, line, answer),
      setTerminalView: (terminalView) => set({ terminalView }),

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
          // The banner spoke of the action just undone ("User janedoe created."): it goes with it.
          flash: null,
          events: state.events.append({ ...nextEvent(clock()), kind: 'ui', type: 'undo', detail: {} }),
        }));
        return true;
      },

      // The snapshot is the simulator's state without the laptop: ~/.aws may hold a secret the
      // learner typed, so it is saved on its own (src/lessons/laptop-file.ts), never with the
      // account, the event log or a lesson's progress. Restoring leaves the laptop as it is.
      snapshot() {
        const { account, events, location, identity, terminalView } = get();
        return JSON.stringify({ version: SNAPSHOT_VERSION, account, events, location, identity, terminalView });
      },

      restore(json) {
        const data = parseSnapshot(json);
        set((state) => ({ ...data, shell: data.shell ?? state.shell, past: [], reveal: null, flash: null, scrollback: [] }));
      },

      // Everything else is reset, the overlay too: a store may adopt again (the self-test tries a step's wrong paths in one).
      adopt({ account, events, location, identity, terminalView, shell }) {
        set({
          account,
          events,
          location,
          identity,
          terminalView,
          shell,
          past: [],
          reveal: null,
          flash: null,
          scrollback: [],
          overlay: null,
        });
      },
    };
  });
}

type SetState = StoreApi<AppState>['setState'];

/**
 * zustand's set, with the next state made by a spread of the last one rather than its
 * Object.assign({}, state, change): V8 turns an object that Object.assign gives more than ~20
 * properties into a hash table, and the state (31, its actions included) then cost 17 µs to
 * copy on every action instead of 1.5 — most of what replaying a long lesson's solutions cost.
 */
function keepingShape(setState: SetState): SetState {
  return ((change: Parameters<SetState>[0]) =>
    setState((state) => {
      const next = typeof change === 'function' ? change(state) : change;
      return next === state ? state : { ...state, ...next };
    }, true)) as SetState;
}
