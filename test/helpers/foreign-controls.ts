// What a terminal would act on in the bytes the app printed, other than what the app emits on
// purpose: its colours and cursor moves (CSI), its own OSC 8 links and OSC 52 copies. Anything
// else — another OSC (window title, clipboard), a DCS/APC/PM/SOS string, a BEL outside the app's
// own OSC, an 8-bit C1 control — came from outside and got through the sanitiser.

/** Each foreign control found, with a little context, JSON-quoted; [] when there is none. */
export function foreignControls(raw: string, mark?: string): string[] {
  const found: string[] = [];
  const quote = (at: number, length = 20) => JSON.stringify(raw.slice(Math.max(0, at - 10), at + length));
  let rest = raw;
  for (const match of raw.matchAll(/\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?/g)) {
    const own = /^\u001B\](8;|52;c;)/.test(match[0]) && !(mark && match[0].includes(mark));
    if (!own) found.push(JSON.stringify(match[0].slice(0, 40)));
    // The app's own OSC may end in BEL: that BEL is not a foreign one.
    rest = rest.replace(match[0], '');
  }
  for (const match of raw.matchAll(/\u001B[P_^X]/g)) found.push(quote(match.index));
  for (const match of raw.matchAll(/[\u0080-\u009F]/g)) found.push(quote(match.index));
  for (const match of rest.matchAll(/\u0007/g)) found.push(JSON.stringify(rest.slice(Math.max(0, match.index - 20), match.index + 1)));
  return found;
}
