import { useState } from 'react';
import { useApp, useInput, useStdin } from 'ink';
import { StoreProvider, useAppStoreApi, wouldLoseOnQuit, type AppStore } from '../store/index.js';
import { Frame } from './frame/Frame.js';
import { HelpOverlay } from './frame/HelpOverlay.js';
import { QuitDialog } from './frame/QuitDialog.js';
import { HintsProvider } from './input/hints.js';
import { LayerRoot, useKeys } from './input/layers.js';
import { TypingProvider, useIsTyping } from './input/typing.js';
import { ScreenRouter } from './ScreenRouter.js';
import { ServicesProvider, type ConsoleServices } from './services.js';
import { ThemeProvider, type Theme } from './theme.js';

export interface AppProps {
  store: AppStore;
  theme: Theme;
  services: ConsoleServices;
}

/** The whole console: providers, the frame, the page, and the keys that work everywhere. */
export function App({ store, theme, services }: AppProps) {
  return (
    <StoreProvider store={store}>
      <ServicesProvider services={services}>
      <ThemeProvider theme={theme}>
        <LayerRoot>
          <HintsProvider>
            <TypingProvider>
              <Console />
            </TypingProvider>
          </HintsProvider>
        </LayerRoot>
      </ThemeProvider>
      </ServicesProvider>
    </StoreProvider>
  );
}

type Overlay = { kind: 'help' } | { kind: 'quit'; loss: string } | null;

function Console() {
  const { exit } = useApp();
  const store = useAppStoreApi();
  const isTyping = useIsTyping();
  const { isRawModeSupported } = useStdin();
  const [overlay, setOverlay] = useState<Overlay>(null);

  const requestQuit = () => {
    const loss = wouldLoseOnQuit(store.getState());
    if (loss) setOverlay({ kind: 'quit', loss });
    else exit();
  };

  // Ctrl+C is heard on every layer: it must always be able to leave.
  useInput(
    (input, key) => {
      if (!(key.ctrl && input === 'c')) return;
      if (overlay?.kind === 'quit') exit();
      else requestQuit();
    },
    { isActive: Boolean(isRawModeSupported) },
  );

  useKeys((input, key) => {
    if (key.ctrl || key.meta || isTyping()) return;
    if (input === '?') setOverlay({ kind: 'help' });
    else if (input === 'q') requestQuit();
  });

  const close = () => setOverlay(null);
  const shown =
    overlay?.kind === 'help' ? (
      <HelpOverlay onClose={close} />
    ) : overlay?.kind === 'quit' ? (
      <QuitDialog loss={overlay.loss} onQuit={() => exit()} onStay={close} />
    ) : null;

  return (
    <Frame overlay={shown}>
      <ScreenRouter />
    </Frame>
  );
}
