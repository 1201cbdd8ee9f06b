import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { Box, Text, Transform, useIsScreenReaderEnabled, type DOMElement } from 'ink';
import { type Flash, type TerminalView } from '../../store/index.js';
import { useAppStore } from '../store-hooks.js';
import { isSignedOutScreen } from '../../store/location.js';
import { wrappedRows } from '../components/text.js';
import { useZoneState, ZoneContext } from '../input/focus.js';
import { useTypingIn } from '../input/typing.js';
import { useHintRegistry } from '../input/hints.js';
import { keyLine } from './key-line.js';
import { useFrameWords } from './frame-words.js';
import { Layer } from '../input/layers.js';
import { useTheme } from '../theme.js';
import { MIN_COLUMNS, MIN_ROWS, useScreenSize, useTerminalSize } from '../use-terminal-size.js';
import { ContentSizeContext } from './content-size.js';
import { DialogSpaceContext, type DialogSpace } from './dialog-space.js';
import { FlashBanner } from './FlashBanner.js';
import { NavPanel } from './NavPanel.js';
import { TooSmall } from './TooSmall.js';
import { TopBar } from './TopBar.js';

const NAV_WIDTH = 24;
/** Below this width the navigation folds away and opens over the page when Tab reaches it. */
const WIDE = 110;

/** Something shown beside the console or instead of it: the learner's terminal. */
export interface Aside {
  node: ReactNode;
  mode: TerminalView;
  /** columns the console keeps while the aside is beside it */
  consoleWidth: number;
}

/**
 * The console around every page: top bar, navigation, flash banner, the page, the key line.
 * Its height is one row less than the terminal's: at full height Ink 6 clears the whole
 * screen on every frame and flickers (ink-field-guide §2.4).
 */
export function Frame({ children, overlay, aside }: { children: ReactNode; overlay?: ReactNode; aside?: Aside }) {
  const full = useTerminalSize();
  // Beside the terminal the console lays itself out in its own columns, as in a narrower window.
  const size = aside?.mode === 'beside' ? { ...full, columns: aside.consoleWidth } : full;
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const flash = useAppStore((state) => state.flash);
  const hints = useHintRegistry();
  const words = useFrameWords();
  const typingIn = useTypingIn();
  // The keys that always work, or while something is typed in, how to leave it (? and q are letters there).
  const always = () => {
    const typing = typingIn();
    return typing === 'editor' ? words.keyLineEditing : typing === 'field' ? words.keyLineTyping : words.keyLine;
  };
  const zoneState = useZoneState();
  const { zone } = zoneState;

  // The whole screen counts here, not the console's share of it beside a lesson panel.
  const screen = useScreenSize();
  const tooSmall = !screenReader && (screen.columns < MIN_COLUMNS || screen.rows < MIN_ROWS);
  const wide = size.columns >= WIDE;
  // Signed out there is no console to navigate: the sign-in page stands alone.
  const signedOut = useAppStore((state) => isSignedOutScreen(state.location));
  const showNav = !signedOut && (wide || zone === 'nav');
  const height = size.rows - 1;
  const pageWidth = size.columns - (showNav ? NAV_WIDTH : 0) - 2;
  // While a dialog is open the banner gives it its rows (the dialog is what the learner answers
  // now); it comes back when the dialog closes.
  const [dialogs, setDialogs] = useState(0);
  const opened = useCallback(() => {
    setDialogs((n) => n + 1);
    return () => setDialogs((n) => n - 1);
  }, []);
  const banner = dialogs === 0 ? flash : null;
  // Top bar and key line are fixed, every page spends a row on its breadcrumbs, and a flash
  // banner takes as many rows as its text wraps to.
  const areaRows = height - 2;
  const flashRows = banner ? bannerRows(banner, pageWidth - 4, screenReader) : 0;
  const pageHeight = Math.max(5, areaRows - 1 - flashRows);
  const area = useRef<DOMElement>(null);
  const space = useMemo<DialogSpace>(
    () => ({ rows: screenReader ? undefined : areaRows, area, top: flashRows, opened }),
    [screenReader, areaRows, flashRows, opened],
  );

  const body = (
    <ZoneContext.Provider value={zoneState}>
      <Box flexDirection="column" height={screenReader ? undefined : height} width={size.columns}>
        <TopBar />
        <Box flexGrow={1}>
          {showNav ? <NavPanel width={NAV_WIDTH} /> : null}
          <Box ref={area} flexDirection="column" flexGrow={1} paddingLeft={1} overflow="hidden">
            {banner ? <FlashBanner flash={banner} /> : null}
            <ContentSizeContext.Provider value={{ width: pageWidth, height: pageHeight }}>
              <DialogSpaceContext.Provider value={space}>
                {/* Hidden, not unmounted, under an overlay: the page keeps its half-typed fields.
                    Never squeezed to the area: yoga would shrink whatever rows it can (a title,
                    the breadcrumbs) and draw the next over them; a page's body measures where
                    it starts and takes the rows left, and the area clips anything taller. */}
                <Box display={overlay ? 'none' : 'flex'} flexDirection="column" flexShrink={0}>
                  {children}
                </Box>
                {overlay}
              </DialogSpaceContext.Provider>
            </ContentSizeContext.Provider>
          </Box>
        </Box>
        {/* The page's keys are read as Ink lays this line out, after the page declared them in
            this same commit: a new page and its keys are one frame, and the Frame never redraws
            for them. While a field has the keyboard, ? and q are letters: the line says how to
            leave the field instead. */}
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted} wrap="truncate-end">
          <Transform transform={() => keyLine(hints.current(), size.columns, always())}> </Transform>
        </Text>
      </Box>
    </ZoneContext.Provider>
  );

  // The same tree whatever the size, so a half-filled wizard survives the window shrinking;
  // likewise the console is hidden, not unmounted, while the terminal takes its place.
  return (
    <>
      <Box display={tooSmall ? 'none' : 'flex'}>
        <Box display={aside?.mode === 'only' ? 'none' : 'flex'}>{body}</Box>
        {aside?.node}
      </Box>
      {tooSmall ? (
        <Layer above={50}>
          <TooSmall size={screen} />
        </Layer>
      ) : null}
    </>
  );
}

/** Rows a banner takes: its border and each line of title and text once wrapped. */
function bannerRows(flash: Flash, width: number, screenReader: boolean): number {
  return (screenReader ? 0 : 2) + wrappedRows(`✔ ${flash.title}`, width) + (flash.text ? wrappedRows(flash.text, width) : 0);
}
