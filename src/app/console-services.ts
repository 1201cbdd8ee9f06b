// The console's ways out to the learner's machine, built the same way by every entry point that
// draws the console (iamtutor, sandbox, start, demo): the clipboard, and the downloads folder that
// "Download .csv file" writes into.
import type { ConsoleServices } from '../console/services.js';
import { copyText, realClipboardEnvironment } from './clipboard.js';
import { defaultDownloadsDir, saveDownload } from './downloads.js';

export function consoleServices(options: { downloadsDir?: string }): ConsoleServices {
  const downloadsDir = options.downloadsDir ?? defaultDownloadsDir();
  const clipboard = realClipboardEnvironment();
  return {
    copy: (text: string) => copyText(text, clipboard),
    download: (fileName: string, content: string) => saveDownload(downloadsDir, fileName, content),
  };
}
