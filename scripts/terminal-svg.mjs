// Renders the screen of a headless xterm as an SVG picture: what a learner sees, colours and
// all, drawn from the real app rather than mocked up.
const PALETTE = [
  '#1e1e1e',
  '#cd3131',
  '#0dbc79',
  '#e5e510',
  '#2472c8',
  '#bc3fbc',
  '#11a8cd',
  '#e5e5e5',
  '#666666',
  '#f14c4c',
  '#23d18b',
  '#f5f543',
  '#3b8eea',
  '#d670d6',
  '#29b8db',
  '#ffffff',
];
const FG = '#d4d4d4';
const BG = '#1e1e1e';
const CELL_W = 8.4;
const CELL_H = 17;

function xterm256(n) {
  if (n < 16) return PALETTE[n];
  if (n >= 232) {
    const v = 8 + (n - 232) * 10;
    return `rgb(${v},${v},${v})`;
  }
  const i = n - 16;
  const level = (x) => (x === 0 ? 0 : 55 + x * 40);
  return `rgb(${level(Math.floor(i / 36))},${level(Math.floor(i / 6) % 6)},${level(i % 6)})`;
}

function colour(cell, which) {
  const rgb = which === 'fg' ? cell.isFgRGB() : cell.isBgRGB();
  const palette = which === 'fg' ? cell.isFgPalette() : cell.isBgPalette();
  const value = which === 'fg' ? cell.getFgColor() : cell.getBgColor();
  if (rgb) return `#${value.toString(16).padStart(6, '0')}`;
  if (palette) return xterm256(value);
  return which === 'fg' ? FG : BG;
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function terminalToSvg(term, title) {
  const buffer = term.buffer.active;
  const width = Math.ceil(term.cols * CELL_W) + 20;
  const height = term.rows * CELL_H + 44;
  const parts = [];
  for (let y = 0; y < term.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    if (!line) continue;
    let run = null;
    const flush = () => {
      if (!run) return;
      const x = 10 + run.x * CELL_W;
      const top = 34 + y * CELL_H;
      if (run.bg !== BG) {
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${top}" width="${(run.text.length * CELL_W).toFixed(1)}" height="${CELL_H}" fill="${run.bg}"/>`,
        );
      }
      if (run.text.trim() !== '') {
        const style = `${run.bold ? ' font-weight="bold"' : ''}${run.dim ? ' opacity="0.6"' : ''}${run.underline ? ' text-decoration="underline"' : ''}`;
        parts.push(`<text x="${x.toFixed(1)}" y="${top + 13}" fill="${run.fg}"${style} xml:space="preserve">${escapeXml(run.text)}</text>`);
      }
      run = null;
    };
    for (let x = 0; x < term.cols; x++) {
      const cell = line.getCell(x);
      if (!cell || cell.getWidth() === 0) continue;
      let fg = colour(cell, 'fg');
      let bg = colour(cell, 'bg');
      if (cell.isInverse()) [fg, bg] = [bg, fg];
      const style = { fg, bg, bold: Boolean(cell.isBold()), dim: Boolean(cell.isDim()), underline: Boolean(cell.isUnderline()) };
      const char = cell.getChars() || ' ';
      if (
        run &&
        run.fg === style.fg &&
        run.bg === style.bg &&
        run.bold === style.bold &&
        run.dim === style.dim &&
        run.underline === style.underline
      ) {
        run.text += char;
      } else {
        flush();
        run = { x, text: char, ...style };
      }
    }
    flush();
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'DejaVu Sans Mono','Menlo','Consolas',monospace" font-size="14">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" rx="8" fill="${BG}"/>`,
    `<circle cx="18" cy="14" r="5" fill="#ff5f56"/><circle cx="36" cy="14" r="5" fill="#ffbd2e"/><circle cx="54" cy="14" r="5" fill="#27c93f"/>`,
    `<text x="${width / 2}" y="18" fill="#999" text-anchor="middle" font-size="12">${escapeXml(title)}</text>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
