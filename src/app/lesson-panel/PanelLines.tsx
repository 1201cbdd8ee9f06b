import { Box, Text } from 'ink';
import { useTheme, type Theme } from '../../console/theme.js';
import type { Span } from '../../lessons/index.js';
import type { LineTone, PanelLine } from './panel-content.js';

function colourOf(theme: Theme, tone: LineTone | undefined): string | undefined {
  if (!tone) return undefined;
  if (tone === 'muted') return theme.colour.muted;
  return theme.colour[tone];
}

/** `code` in the accent colour (without colour, quoteCode has kept its backticks). */
function SpanText({ span, theme }: { span: Span; theme: Theme }) {
  return (
    <Text bold={span.bold} color={span.code ? theme.colour.accent : undefined}>
      {span.text}
    </Text>
  );
}

/** Lines already cut to the panel's width: each is exactly one row. */
export function PanelLines({ lines }: { lines: readonly PanelLine[] }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text
          key={i}
          wrap="truncate-end"
          color={colourOf(theme, line.tone)}
          bold={line.tone === 'heading' || undefined}
          dimColor={line.tone === 'muted' && !theme.colour.muted}
        >
          {line.spans.length === 0 ? ' ' : line.spans.map((span, j) => <SpanText key={j} span={span} theme={theme} />)}
        </Text>
      ))}
    </Box>
  );
}
