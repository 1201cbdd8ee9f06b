// The least an Ink 6 app can do: one bordered line, then it waits for `q`. The benchmark bundles it
// exactly as iamtutor is bundled and times its first frame, so iamtutor's start-up can be read
// against what React, Ink and yoga cost on this machine before any console is drawn.
import { createElement as h } from 'react';
import { Box, Text, render, useApp, useInput } from 'ink';

function App() {
  const { exit } = useApp();
  useInput((input) => {
    if (input === 'q') exit();
  });
  return h(Box, { borderStyle: 'round' }, h(Text, null, 'minimal Ink app ready'));
}

render(h(App));
