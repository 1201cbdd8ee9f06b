// The lesson panel as the console's side panel (src/console/frame/PanelHost.tsx).
import type { SidePanel } from '../../console/frame/PanelHost.js';
import { runView } from '../../lessons/index.js';
import type { LessonSession } from '../lesson-session.js';
import { lessonPanelLayout } from './layout.js';
import { LessonDialogs } from './LessonDialogs.js';
import { LessonPanel } from './LessonPanel.js';
import { LESSON_HINTS } from './use-lesson-keys.js';
import { useSessionVersion } from './use-session.js';

export { LessonPanel } from './LessonPanel.js';
export { BESIDE_MIN_COLUMNS, lessonPanelLayout } from './layout.js';

export function lessonPanel(session: LessonSession, onHome: () => void): SidePanel {
  return {
    layout: (size, screenReader) => lessonPanelLayout(size, screenReader, runView(session.run)),
    render: (layout) => <LessonPanel session={session} layout={layout} />,
    useDialog() {
      // The host re-renders with the session, so the band can grow for a quiz's choices.
      useSessionVersion(session);
      return session.dialog ? <LessonDialogs session={session} onHome={onHome} /> : null;
    },
    hints: { title: 'In this lesson', hints: LESSON_HINTS },
  };
}
