// What the console needs from the machine, behind an interface: the real clipboard and disk
// in the app, recording fakes in tests. Screens never touch I/O themselves.
import { createContext, useContext, type ReactNode } from 'react';

export type CopyResult =
  | { ok: true; how: 'clipboard' } // the system clipboard took it
  | { ok: true; how: 'terminal' } // sent to the terminal's clipboard (OSC 52): cannot be confirmed
  | { ok: false; reason: string };

export type DownloadResult = { ok: true; path: string } | { ok: false; reason: string };

export interface ConsoleServices {
  copy(text: string): Promise<CopyResult>;
  /** Writes a new file (mode 0600, never over an existing one) and says where. */
  download(fileName: string, content: string): Promise<DownloadResult>;
}

const ServicesContext = createContext<ConsoleServices | null>(null);

export function ServicesProvider({ services, children }: { services: ConsoleServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): ConsoleServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a <ServicesProvider> above it');
  return services;
}

/** What the screen says after a copy, honestly: OSC 52 cannot report success. */
export function describeCopy(result: CopyResult): string {
  if (!result.ok) return `No clipboard here (${result.reason}): select the text above to copy it.`;
  return result.how === 'clipboard' ? 'Copied.' : "Sent to the terminal's clipboard.";
}
