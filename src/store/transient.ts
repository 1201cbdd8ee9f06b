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

/** Whether the learner kept the secret in any way before closing the page. */
export function wasSaved(reveal: SecretSaved): boolean {
  return reveal.shown || reveal.copied || reveal.downloaded;
}
