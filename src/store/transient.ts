/**
 * State that lives only while the learner looks at it. It is never part of a snapshot:
 * the secret of the Retrieve step, and the banner at the top of the page.
 */
export interface SecretSaved {
  shown: boolean;
  copied: boolean;
  downloaded: boolean;
}

export type Reveal =
  | ({ kind: 'access-key'; userName: string; accessKeyId: string; secretAccessKey: string } & SecretSaved)
  | ({ kind: 'password'; userName: string; password: string } & SecretSaved);

export type FlashKind = 'success' | 'info' | 'warning' | 'error';

export interface Flash {
  kind: FlashKind;
  title: string;
  text?: string;
}

/**
 * Whether the learner kept the secret before closing the page. An access key's secret is kept only
 * by Copy or Download .csv file: Show alone puts 40 characters on a screen nobody can scroll back
 * to (T5). A password shown can be typed or written down, so Show counts for it.
 */
export function wasSaved(reveal: SecretSaved & { kind?: Reveal['kind'] }): boolean {
  if (reveal.kind === 'access-key') return reveal.copied || reveal.downloaded;
  return reveal.shown || reveal.copied || reveal.downloaded;
}

/**
 * Whether the real console would let Done pass without "Continue without viewing or downloading":
 * it asks only when the secret was neither shown nor downloaded (facts §3). The lesson judges
 * more strictly (wasSaved), and says so in its own feedback, not in the console.
 */
export function wasViewedOrSaved(reveal: SecretSaved): boolean {
  return reveal.shown || reveal.copied || reveal.downloaded;
}
