// "Download .csv file" also lands on the simulated laptop: the browser Jane uses for the console
// runs on that laptop, so the file appears in its ~/Downloads/ under the name the console gives
// it, and the terminal pane can `ls`, `cat` and `aws configure import` it (issue 16). The copy is
// laptop state like ~/.aws/credentials: it holds a (virtual) secret, is saved only in the laptop
// file (mode 0600), and goes when the laptop is reset.
import type { AppStore } from '../store-types.js';

export const LAPTOP_DOWNLOADS = '~/Downloads';

/** The name a browser gives a download when the name is taken: `name (1).csv`, `name (2).csv`… */
function freeName(files: Record<string, string>, fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  for (let n = 0; ; n++) {
    const path = `${LAPTOP_DOWNLOADS}/${n === 0 ? fileName : `${stem} (${n})${ext}`}`;
    if (!Object.prototype.hasOwnProperty.call(files, path)) return path;
  }
}

/** Puts the file in the laptop's ~/Downloads/ and returns its path there (`~/Downloads/…`). */
export function downloadToLaptop(store: AppStore, fileName: string, content: string): string {
  const state = store.getState();
  const path = freeName(state.shell.files, fileName);
  const shell = { ...state.shell, files: { ...state.shell.files, [path]: content } };
  // Not an account change and not a command: no undo step, no shell event (the console's own
  // `secret.downloaded` / `password.downloaded` event records the download).
  state.applyShell({ account: state.account, shell, event: null });
  return path;
}
