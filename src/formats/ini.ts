// src/formats holds file formats, not state: pure text in, text out, importing nothing of the
// project. This parser sat in src/store, but the store never reads it; the terminal (which
// writes ~/.aws/credentials and ~/.aws/config) and the lessons (whose checks read them) do, and
// neither may import the other, so the format lives below both (.dependency-cruiser.mjs:
// formats-import-nothing).
//
// The AWS CLI's own INI handling, as far as `~/.aws/credentials` and `~/.aws/config` need it.
// Reading follows Python's configparser as botocore uses it; writing follows the CLI's
// ConfigFileWriter: it edits lines in place, so other sections, comments and blank lines survive.

export type IniSections = Record<string, Record<string, string>>;

const SECTION = /^\s*\[\s*([^\]]+?)\s*\]/;
const OPTION = /^([^:=\s][^:=]*?)\s*[:=]\s*(.*)$/;
const COMMENT = /^\s*[#;]/;

/** Sections by name with their key/value pairs; later duplicates of a key win. */
export function parseIni(text: string): IniSections {
  const sections: IniSections = {};
  let current: Record<string, string> | null = null;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || COMMENT.test(raw)) continue;
    const section = SECTION.exec(raw);
    if (section) {
      current = sections[section[1]] ??= {};
      continue;
    }
    const option = OPTION.exec(raw.trim());
    // Lines before the first section or without `=` are ignored (configparser would refuse the
    // whole file; the simulated files are only written by the simulated CLI).
    if (option && current) current[option[1].trim().toLowerCase()] = option[2].trim();
  }
  return sections;
}

function findSection(lines: string[], name: string): number {
  for (let i = 0; i < lines.length; i++) {
    if (COMMENT.test(lines[i])) continue;
    const m = SECTION.exec(lines[i]);
    if (m && m[0].trim() === `[${name}]`) return i;
  }
  return -1;
}

/**
 * Sets `values` in section `name`, creating the file or the section when missing, as the CLI's
 * writer does: existing keys are rewritten in place as `key = value`, new keys go right after
 * the section's last option line, and a new section is appended after a blank line.
 */
export function updateIni(text: string | undefined, name: string, values: Record<string, string>): string {
  const entries = Object.entries(values);
  const newLines = entries.map(([k, v]) => `${k} = ${v}`);
  if (text === undefined || text === '') return [`[${name}]`, ...newLines].join('\n') + '\n';
  const lines = text.split('\n');
  const trailingNewline = text.endsWith('\n');
  if (trailingNewline) lines.pop();
  const start = findSection(lines, name);
  if (start < 0) {
    const body = lines.join('\n');
    const separator = body.trim() === '' ? '' : lines[lines.length - 1].trim() === '' ? '\n' : '\n\n';
    return `${body}${separator}[${name}]\n${newLines.map((l) => `${l}\n`).join('')}`;
  }
  const pending = new Map(entries);
  let lastOption = start;
  for (let j = start + 1; j < lines.length; j++) {
    if (SECTION.test(lines[j]) && !COMMENT.test(lines[j])) break;
    if (COMMENT.test(lines[j])) continue;
    const m = OPTION.exec(lines[j].trim());
    if (!m) continue;
    lastOption = j;
    const key = m[1].trim();
    const value = pending.get(key);
    if (value !== undefined) {
      lines[j] = `${key} = ${value}`;
      pending.delete(key);
    }
  }
  const inserted = [...pending.entries()].map(([k, v]) => `${k} = ${v}`);
  lines.splice(lastOption + 1, 0, ...inserted);
  return lines.join('\n') + '\n';
}
