import type { Json } from './shape.js';

/**
 * `json.dump(response, indent=4, ensure_ascii=False)` + newline, which JSON.stringify matches
 * byte for byte for these shapes. An empty response (`{}`) prints nothing, as in the CLI.
 */
export function formatJson(data: Json): string {
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 0) return '';
  return `${JSON.stringify(data, null, 4)}\n`;
}
