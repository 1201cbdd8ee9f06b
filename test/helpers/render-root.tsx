// The whole app from its home screen (Root), as `iamtutor` draws it, in memory at 100×30 (or the
// size and screen-reader mode a test asks for): the
// shipped course, the sandbox's account and a simulated clock unless a test says otherwise.
import { defaultTheme } from '../../src/console/theme.js';
import { simulatedClock } from '../../src/store/index.js';
import { createStoreWithTerminal } from '../../src/terminal/store-with-terminal.js';
import { loadCourseFrom } from '../../src/lessons/course.js';
import { Root, type RootProps } from '../../src/app/Root.js';
import { createScreenStore } from '../../src/app/screen-store.js';
import { fakeServices, START } from './render.js';
import { SHIPPED } from './lesson-fixture.js';
import { renderScreen } from './render-screen.js';

export function renderRoot(props: Pick<RootProps, 'keeper'> & Partial<RootProps>, screen: Parameters<typeof renderScreen>[1] = {}) {
  const screens = props.screens ?? createScreenStore();
  const ui = renderScreen(
    <Root
      course={loadCourseFrom([SHIPPED])}
      theme={defaultTheme}
      services={fakeServices()}
      sandbox={() => createStoreWithTerminal({ location: { screen: 'users' }, clock: simulatedClock(START) })}
      {...props}
      screens={screens}
    />,
    { columns: 100, rows: 30, ...screen },
  );
  return { ui, screens };
}
