import { useState, type ComponentType } from 'react';
import { Box, useApp, useIsScreenReaderEnabled } from 'ink';
import { wouldLoseOnQuit, type AppStore } from '../store/index.js';
import { StoreProvider, useAppStore, useAppStoreApi } from './store-hooks.js';
import { Frame } from './frame/Frame.js';
import { CliLoginDialog } from './frame/CliLoginDialog.js';
import { FrameWordsProvider, useFrameWords, type FrameWords } from './frame/frame-words.js';
import { HelpOverlay } from './frame/HelpOverlay.js';
import { PanelHost, usePanelDialog, type SidePanel } from './frame/PanelHost.js';
import { QuitDialog } from './frame/QuitDialog.js';
import { paneLayout } from './frame/terminal-layout.js';
import { terminalHasKeyboard, useTerminalToggle } from './frame/use-terminal-toggle.js';
import { useCommands } from './input/commands.js';
import { HintsProvider } from './input/hints.js';
import { LayerRoot } from './input/layers.js';
import { TypingProvider, useIsTyping } from './input/typing.js';
import { ScreenRouter } from './ScreenRouter.js';
import { ServicesProvider, type ConsoleServices } from './services.js';
import { ThemeProvider, type Theme } from './theme.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface AppProps {
  store: AppStore;
  theme: Theme;
  services: ConsoleServices;
  /** A panel sharing the screen with the console: the lesson panel while a lesson runs. */
  panel?: SidePanel;
  /**
   * The learner's terminal (src/app/terminal-pane), opened with Ctrl+T. Passed in rather than
   * imported: the console does not depend on the simulated shell.
   */
  terminal?: ComponentType<TerminalSlotProps>;
  /** The tutor's words in the frame (the `?` help), in the learner's language; English when not given. */
  words?: FrameWords;
}

export interface TerminalSlotProps {
  shown: boolean;
  width: number;
  left: number;
  height: number;
}

/** The whole console: providers, the frame, the page, and the keys that work everywhere. */
export function App({ store, theme, services, panel, terminal, words }: AppProps) {
  return (
    <StoreProvider store={store}>
      <ServicesProvider services={services}>
        <ThemeProvider theme={theme}>
          <LayerRoot>
            <HintsProvider>
              <TypingProvider>
                <FrameWordsProvider words={words}>
                  <PanelHost panel={panel}>
                    <Console terminal={terminal} />
                  </PanelHost>
                </FrameWordsProvider>
              </TypingProvider>
            </HintsProvider>
          </LayerRoot>
        </ThemeProvider>
      </ServicesProvider>
    </StoreProvider>
  );
}

function Console({ terminal: TerminalPane }: { terminal?: ComponentType<TerminalSlotProps> }) {
  const { exit } = useApp();
  const store = useAppStoreApi();
  const isTyping = useIsTyping();
  const overlay = useAppStore((state) => state.overlay);
  const size = useTerminalSize();
  const screenReader = useIsScreenReaderEnabled();
  const terminalView = useAppStore((state) => state.terminalView);
  const layout = paneLayout(terminalView, size.columns);
  const toggleTerminal = useTerminalToggle(size.columns, Boolean(TerminalPane));
  const words = useFrameWords();

  const requestQuit = () => {
    const loss = wouldLoseOnQuit(store.getState());
    if (loss) store.getState().openOverlay({ kind: 'quit', loss });
    else exit();
  };

  // Heard on every layer and while a field is typed in. Ctrl+C must always be able to leave,
  // except from the terminal, where it cancels the line as it does in bash.
  useCommands(
    'global',
    [
      toggleTerminal,
      {
        id: 'interrupt',
        keys: ['ctrl+c'],
        when: !terminalHasKeyboard(terminalView),
        run: () => (store.getState().overlay?.kind === 'quit' ? exit() : requestQuit()),
      },
    ],
    { everyLayer: true },
  );
  // The one-letter keys: off while a field is typed in (a user name may contain a q).
  const typing = isTyping();
  useCommands('global', [
    { id: 'help', keys: ['?'], description: words.keyHelp, when: !typing, run: () => store.getState().openOverlay({ kind: 'help' }) },
    {
      id: 'quit',
      keys: ['q'],
      label: 'q / Ctrl+C',
      description: words.keyQuit,
      when: !typing,
      run: requestQuit,
    },
  ]);

  const panelDialog = usePanelDialog();
  const close = () => store.getState().closeOverlay();
  const shown =
    overlay?.kind === 'help' ? (
      <HelpOverlay onClose={close} />
    ) : overlay?.kind === 'quit' ? (
      <QuitDialog loss={overlay.loss} onQuit={() => exit()} onStay={close} />
    ) : overlay?.kind === 'cli-login' && !overlay.answer ? (
      <CliLoginDialog
        identity={overlay.identity}
        accountId={store.getState().account.accountId}
        onContinue={() => store.getState().openOverlay({ ...overlay, answer: 'continue' })}
        onOther={() => store.getState().openOverlay({ ...overlay, answer: 'other' })}
        onClose={() => {
          // Back to the terminal, where the same question waits.
          close();
          store.getState().setTerminalView(overlay.returnTo === 'hidden' ? 'only' : overlay.returnTo);
        }}
      />
    ) : overlay?.kind === 'user-menu' ? (
      // The menu drops down from the top bar; the page under it is hidden, not drawn over.
      <Box />
    ) : null;

  // Mounted the first time it opens, not before (a learner who never opens it never pays for
  // it, and the first frame is drawn sooner); from then on mounted while hidden too, so its
  // history and half-typed line survive Ctrl+T.
  const [paneOpened, setPaneOpened] = useState(false);
  if (layout.mode !== 'hidden' && !paneOpened) setPaneOpened(true);
  const terminal = TerminalPane && paneOpened && (
    <TerminalPane
      shown={layout.mode !== 'hidden'}
      width={layout.mode === 'hidden' ? size.columns : layout.paneWidth}
      left={layout.mode === 'beside' ? layout.consoleWidth : 0}
      height={screenReader ? size.rows : size.rows - 1}
    />
  );
  return (
    <Frame overlay={shown ?? panelDialog} aside={{ node: terminal, mode: layout.mode, consoleWidth: layout.consoleWidth }}>
      <ScreenRouter />
    </Frame>
  );
}
