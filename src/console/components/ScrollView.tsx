// A vertical viewport for pages and dialogs taller than the terminal (the wizards' steps, the
// user details page). Ink has no scrolling, so the body is laid out in full inside a clipped box
// and shifted up by a negative margin. The body is made of sections: each registers its box,
// and the view measures where it sits after Ink's layout, so sections may be nested anywhere
// in the body (a tab's sections inside the page's) and their heights need no bookkeeping.
// When the focused control moves, the sections holding it are scrolled into view, and then the
// focused row itself (a point: useKeepInView), as a browser scrolls to the focused field;
// PgUp/PgDn scroll by hand. An optional footer (the buttons) stays on the last row; the row also
// says, in words, how much is above and below. A page's view (`fill`) takes the rows measured
// between where it starts and the key line, so whatever is above it (banner, breadcrumbs, a
// wizard's header) never pushes its last row off the screen.
import { useContext, useLayoutEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { Box, Text, Transform, useIsScreenReaderEnabled, type DOMElement } from 'ink';
import { DialogSpaceContext, usePageRows, type DialogSpace } from '../frame/dialog-space.js';
import { useCommands } from '../input/commands.js';
import { useTheme } from '../theme.js';
import { clampOffset, moreText, pageOffset, revealOffset, scrollLayout, type ScrollLayout, type Span } from './scroll.js';
import { cutToWidth } from './text.js';
import { ScrollSection, ScrollTargetsContext, topWithin, type ScrollTargets } from './scroll-targets.js';
import { useScrollWords } from './scroll-words.js';

export { ScrollSection, useKeepInView } from './scroll-targets.js';

/** A section given as data (the `sections` prop). */
export interface ScrollBlock {
  key: string;
  /** The focus ids of the controls inside it (the section's own key counts too). */
  ids?: readonly string[];
  node: ReactNode;
}

export interface ScrollViewProps {
  /**
   * Rows for everything: the body and the last row (the status words and the footer). With fill,
   * only until the view is measured: then it takes the rows left under what is above it.
   */
  height: number;
  /**
   * Take all `height` rows even when the body is shorter: a page's body, with nothing below it.
   * A body that grows past the rows or shrinks back is then drawn in one frame. Otherwise (a
   * dialog) the view hugs its content, and a body that starts or stops scrolling takes a second
   * frame. (Either way a view that scrolls as it first appears gets its status words a frame
   * later: Ink draws that frame before React hands out refs.)
   */
  fill?: boolean;
  /** What the body shows (a tab's name): another one starts from its top, in the frame that draws it. */
  contentKey?: string;
  /** The focused control: every section whose key is it, or whose `ids` hold it, is kept in view. */
  focused: string | null;
  /** Sections as data, drawn before `children` (which may hold `<ScrollSection>`s at any depth). */
  sections?: readonly ScrollBlock[];
  children?: ReactNode;
  /** One row pinned under the body, always on screen: the page's buttons. */
  footer?: ReactNode;
  /** Whether PgUp/PgDn are heard (off while something inside owns the keys, e.g. a menu). */
  active?: boolean;
  /** With fill: rows the page draws under the view (a message under its buttons). */
  rowsBelow?: number;
}

/** The rows of the sections that hold `focused`, in the body's coordinates. */
function targetSpans(targets: ScrollTargets, body: DOMElement, focused: string | null): Span[] {
  if (focused === null) return [];
  const spans: Span[] = [];
  for (const [key, entry] of targets.sections) {
    if (key !== focused && !entry.ids.includes(focused)) continue;
    const top = entry.node.yogaNode ? topWithin(entry.node, body) : null;
    if (top === null) continue;
    spans.push({ top, height: entry.node.yogaNode!.getComputedHeight() + entry.after });
  }
  return spans;
}

/** The rows of the focused points inside the body (a point outside it, in the footer, is on screen). */
function pointSpans(targets: ScrollTargets, body: DOMElement): Span[] {
  const spans: Span[] = [];
  for (const ref of targets.points) {
    const node = ref.current;
    const top = node?.yogaNode ? topWithin(node, body) : null;
    if (top === null || !node?.yogaNode) continue;
    spans.push({ top, height: node.yogaNode.getComputedHeight() });
  }
  return spans;
}

/** The body's laid-out rows, and what they mean for scrolling. */
type Measured = ScrollLayout & { total: number };

export function ScrollView(props: ScrollViewProps) {
  const { focused, sections = [], children, footer, active = true, fill = false, contentKey } = props;
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const outer = useRef<DOMElement>(null);
  const inner = useRef<DOMElement>(null);
  const status = useRef<DOMElement>(null);
  // A page's body takes the rows left under whatever is above it, as measured (usePageRows).
  const height = usePageRows(outer, fill, props.height, props.rowsBelow);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  // A point that moved asks for a look once the commit is done, unless the view's own effect
  // (which runs after its children's) looked at the points in that same commit.
  const pointPending = useRef(false);
  const targets = useMemo<ScrollTargets>(
    () => ({
      sections: new Map(),
      points: new Set(),
      body: inner,
      pointMoved: () => {
        pointPending.current = true;
        queueMicrotask(() => {
          if (!pointPending.current) return;
          pointPending.current = false;
          redraw();
        });
      },
    }),
    [],
  );
  const revealed = useRef<string | null>(null);
  const [offset, setOffset] = useState(0);
  const [offsetFor, setOffsetFor] = useState(contentKey);
  if (offsetFor !== contentKey) {
    // State adjusted while rendering: React renders again at once, so the old tab's offset is
    // never drawn over the new tab's body (a shorter one would show as blank rows).
    setOffsetFor(contentKey);
    setOffset(0);
  }
  const hasFooter = footer !== undefined && footer !== null;
  // A view that hugs its content takes all its rows only while the body scrolls: until the first
  // measurement it does, so a dialog never draws one frame taller than the terminal.
  const [clipped, setClipped] = useState(true);
  const fixed = fill || clipped;

  // The body's rows as Ink laid them out for the frame at hand, and what that means for scrolling.
  const measure = (): Measured | null => {
    const total = inner.current?.yogaNode?.getComputedHeight();
    return total === undefined ? null : { total, ...scrollLayout(height, total, hasFooter) };
  };
  // The offset drawn: in range for the last layout (a body that shrank is put right after layout).
  const last = useRef<Measured | null>(null);
  const shown = last.current?.overflow ? clampOffset(offset, last.current.viewport, last.current.total) : 0;

  // The status row's words are chosen as the frame is written (Ink's layout is done by then), from
  // what is really above and below and the columns the row really has; its style comes from the
  // Text inside, whose single space the words replace. So a body that grows past the screen, or a
  // narrower row, needs no second render. Only a new view's first frame is written before React
  // hands out refs: then the words are put right after layout (`unmeasured`).
  const unmeasured = useRef(false);
  const scrollWords = useScrollWords();
  const statusLine = (line: string) => {
    const now = measure();
    unmeasured.current = now === null;
    if (!now?.overflow) return '';
    // Beside the buttons a column stays blank, so the words never run into a focus mark.
    const columns = (status.current?.yogaNode?.getComputedWidth() ?? Number.POSITIVE_INFINITY) - (hasFooter ? 1 : 0);
    const words = moreText(shown, now.total - now.viewport - shown, columns, scrollWords);
    // Even the shortest wording may not fit a very narrow row: cut it, as Ink would have.
    return line.replace(' ', cutToWidth(words, columns));
  };

  // Runs after every render: Ink has laid the tree out by then (resetAfterCommit precedes
  // layout effects), so the tops and heights read here are the ones of the frame being drawn.
  useLayoutEffect(() => {
    pointPending.current = false;
    const now = measure();
    // Hidden under a dialog (display: none) everything measures 0: keep the position.
    if (!now || now.total === 0 || !inner.current) return;
    last.current = now;
    if (!fill && now.overflow !== clipped) setClipped(now.overflow);
    else if (unmeasured.current && now.overflow) redraw();
    unmeasured.current = false;
    // A body that fits starts from the top when it scrolls again (another tab, a longer list).
    if (!now.overflow) {
      if (offset !== 0) setOffset(0);
      return;
    }
    const spans = targetSpans(targets, inner.current, focused);
    const points = pointSpans(targets, inner.current);
    let next = clampOffset(offset, now.viewport, now.total);
    // Reveal again only when the focus moved, the content changed (another tab: its offset went
    // back to 0, so the tab bar it was opened from must be brought back with its peek) or what it
    // needs changed (a menu opened, an error appeared, the terminal was resized, the cursor moved
    // to another row), not after the learner scrolled by hand.
    const where = (list: Span[]) => list.map((span) => `${span.top}+${span.height}`).join(',');
    const wanted = `${String(contentKey)}|${focused ?? ''}@${now.viewport}:${where(spans)}/${where(points)}`;
    if (wanted !== revealed.current) {
      revealed.current = wanted;
      next = revealOffset(next, now.viewport, now.total, spans, points);
    }
    if (next !== offset) setOffset(next);
  });

  const page = (direction: 1 | -1) => {
    const now = measure();
    if (now?.overflow) setOffset((value) => pageOffset(value, now.viewport, now.total, direction));
  };
  useCommands(
    'page',
    [
      {
        id: 'page',
        keys: ['pageup', 'pagedown'],
        description: 'scroll',
        // Read as the key line is drawn, like the status row: listed only while something is
        // hidden (a body one row too tall for its blank row is clipped but shows whole).
        listedWhile: () => {
          const now = measure();
          return now !== null && now.total > now.viewport;
        },
        run: (_input, key) => page(key.pageDown ? 1 : -1),
      },
    ],
    { isActive: active && !screenReader },
  );

  // A dialog drawn in place inside the body would scroll with it: the rows it may take are not the
  // frame's, so nothing limits them here (dialogs take the page's place instead: UserDialogs).
  const { opened } = useContext(DialogSpaceContext);
  const inPlace = useMemo<DialogSpace>(() => ({ top: 0, opened }), [opened]);
  const body = (
    <DialogSpaceContext.Provider value={inPlace}>
      {sections.map((section) => (
        <ScrollSection key={section.key} id={section.key} ids={section.ids}>
          {section.node}
        </ScrollSection>
      ))}
      {children}
    </DialogSpaceContext.Provider>
  );

  // A screen reader reads the whole page: nothing is clipped, and the footer follows the body.
  if (screenReader) {
    return (
      <ScrollTargetsContext.Provider value={targets}>
        <Box flexDirection="column">
          {body}
          {hasFooter ? <Box marginTop={1}>{footer}</Box> : null}
        </Box>
      </ScrollTargetsContext.Provider>
    );
  }

  // The clipping box takes the rows the last row (status and footer) leaves, so when the view has
  // its full height, whether the body scrolls is Ink's layout and needs no measurement first. The
  // blank row between a body that fits and its footer is inside the box: hidden when it scrolls.
  return (
    <ScrollTargetsContext.Provider value={targets}>
      <Box ref={outer} flexDirection="column" flexShrink={0} height={fixed ? height : undefined}>
        <Box flexDirection="column" flexShrink={1} overflow="hidden">
          <Box ref={inner} flexDirection="column" flexShrink={0} marginTop={-shown}>
            {body}
          </Box>
          {hasFooter ? <Box height={1} flexShrink={0} /> : null}
        </Box>
        <Box flexShrink={0}>
          <Box ref={status} flexGrow={1} flexShrink={1}>
            <Transform transform={statusLine}>
              <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
                {' '}
              </Text>
            </Transform>
          </Box>
          {hasFooter ? <Box flexShrink={0}>{footer}</Box> : null}
        </Box>
      </Box>
    </ScrollTargetsContext.Provider>
  );
}
