import { formatJson } from './json.js';
import { cliShape, type Json } from './shape.js';
import { formatTable } from './table.js';
import { formatText } from './text.js';

export { cliShape, cliTimestamp, type Json } from './shape.js';
export { formatJson } from './json.js';
export { formatText } from './text.js';
export { formatTable } from './table.js';

export type OutputFormat = 'json' | 'text' | 'table';

export const SIMULATED_FORMATS: OutputFormat[] = ['json', 'text', 'table'];

/** Prints already-shaped data as `--output <format>`; `title` is the API operation name. */
export function render(format: OutputFormat, title: string, data: Json, terminalWidth?: number): string {
  if (format === 'text') return formatText(data);
  if (format === 'table') return formatTable(title, data, terminalWidth);
  return formatJson(data);
}

/** An API response as `aws … --output <format>` prints it. */
export function formatResponse(
  format: OutputFormat,
  title: string,
  response: object,
  options: { paginated?: boolean; terminalWidth?: number } = {},
): string {
  return render(format, title, cliShape(response, options.paginated ?? false), options.terminalWidth);
}
