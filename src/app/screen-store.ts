// What one iamtutor run has open: the home screen, a lesson or the sandbox. A zustand store the
// entry point creates and passes in, so the screen and the signal handlers that save before the
// terminal closes read the lesson open now from the same place.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppStore } from '../store/index.js';
import type { LessonSession } from './lesson-session.js';

export type Screen = { kind: 'home' } | { kind: 'lesson'; session: LessonSession; id: number } | { kind: 'sandbox'; store: AppStore };

export interface ScreenState {
  screen: Screen;
  /** Lessons opened so far: each gets a fresh console (its React key). */
  opened: number;
  openLesson(session: LessonSession): void;
  openSandbox(store: AppStore): void;
  /** Back to the home screen; a lesson open is saved and closed first. */
  goHome(): void;
}

export type ScreenStore = StoreApi<ScreenState>;

export function createScreenStore(): ScreenStore {
  return createStore<ScreenState>()((set, get) => ({
    screen: { kind: 'home' },
    opened: 0,
    openLesson: (session) => set(({ opened }) => ({ screen: { kind: 'lesson', session, id: opened + 1 }, opened: opened + 1 })),
    openSandbox: (store) => set({ screen: { kind: 'sandbox', store } }),
    goHome() {
      const open = lessonOpen(get());
      open?.saveNow();
      open?.dispose();
      set({ screen: { kind: 'home' } });
    },
  }));
}

/** The lesson open now, if any. */
export function lessonOpen(state: ScreenState): LessonSession | undefined {
  return state.screen.kind === 'lesson' ? state.screen.session : undefined;
}
