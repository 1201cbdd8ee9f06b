// A rendered frame read as text: its lines without colour, and a stretch of its columns as one
// line without borders, so a sentence the layout wraps reads whole.

export const frameLines = (frame: string) => frame.replace(/\u001B\[[\d;]*m/g, '').split('\n');

/** Columns [from, to) of the frame as one line without borders and line breaks. */
export const flatFrame = (frame: string, from = 0, to = Infinity) =>
  frameLines(frame)
    .map((line) => Array.from(line).slice(from, to).join(''))
    .join(' ')
    .replace(/[│║╭╮╰╯─═╔╗╚╝┌┐└┘]/g, ' ')
    .replace(/\s+/g, ' ');

/** At 120 columns the console (and its dialogs) is the first 82, the lesson panel the rest. */
export const consoleSide = (frame: string) => flatFrame(frame, 0, 82);
export const panelSide = (frame: string) => flatFrame(frame, 82);
