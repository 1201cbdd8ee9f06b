// The lesson panel as the console's side panel (src/console/frame/PanelHost.tsx).
import { useStore } from 'zustand';
import type { SidePanel } from '../../console/frame/PanelHost.js';
import { runView } from '../../lessons/index.js';
import type { LessonSession } from '../lesson-session.js';
import { lessonPanelLayout } from './layout.js';
import { LessonDialogs } from './LessonDialogs.js';
import { LessonPanel } from './LessonPanel.js';
import { lessonHints } from './use-lesson-keys.js';

export { LessonPanel } from './LessonPanel.js';
export { BESIDE_MIN_COLUMNS, lessonPanelLayout } from './layout.js';

export function lessonPanel(session: LessonSession, onHome: () => void): SidePanel {
  return {
    layout: (size, screenReader) => lessonPanelLayout(size, screenReader, runView(session.run), session.state.getState().panelHidden),
    render: (layout) => <LessonPanel session={session} layout={layout} />,
    useDialog() {
      // The host lays the band out from the current step as it renders (it grows for a quiz's choices).
      useStore(session.run.state, (state) => state.progress.currentStepId);
      const open = useStore(session.state, (state) => state.dialog !== null);
      // Hiding or showing the panel lays the console out again.
      useStore(session.state, (state) => state.panelHidden);
      return open ? <LessonDialogs session={session} onHome={onHome} /> : null;
    },
    hints: { title: session.t('help.inLesson'), hints: lessonHints(session) },
  };
}
