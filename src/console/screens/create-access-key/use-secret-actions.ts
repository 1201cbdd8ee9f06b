// The Retrieve page's Copy and Download buttons. The secret is read from the store's reveal at
// the moment of the press and handed to the service; it is never kept in component state. The
// messages say honestly what happened (OSC 52 cannot confirm a copy), and a failing clipboard or
// disk becomes a message, never a crash.
import { useEffect, useRef, useState } from 'react';
import { useAppStoreApi } from '../../store-hooks.js';
import { noteSecretSaved } from '../../../store/workflows/create-access-key.js';
import { downloadToLaptop } from '../../../store/workflows/laptop-downloads.js';
import { accessKeysCsv, accessKeysFileName } from '../../../store/workflows/download-files.js';
import { describeCopy, useServices, type CopyResult } from '../../services.js';

export interface SecretMessages {
  id?: string;
  secret?: string;
  download?: { ok: boolean; text: string };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useSecretActions(userName: string, accessKeyId: string) {
  const store = useAppStoreApi();
  const services = useServices();
  const [messages, setMessages] = useState<SecretMessages>({});
  // A copy may finish after Done closed the page: then there is nothing left to update.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const say = (update: SecretMessages) => {
    if (mounted.current) setMessages((current) => ({ ...current, ...update }));
  };

  const secretNow = (): string | null => {
    const { reveal } = store.getState();
    return reveal?.kind === 'access-key' && reveal.accessKeyId === accessKeyId ? reveal.secretAccessKey : null;
  };

  const copy = async (text: string): Promise<CopyResult> => {
    try {
      return await services.copy(text);
    } catch (error) {
      return { ok: false, reason: reason(error) };
    }
  };

  return {
    messages,
    copyId: async () => say({ id: describeCopy(await copy(accessKeyId)) }),
    /** `hidden`: the secret is masked, so "select the text above" needs Show first. */
    copySecret: async (hidden: boolean) => {
      const secret = secretNow();
      if (secret === null) return;
      const result = await copy(secret);
      if (result.ok) noteSecretSaved(store, accessKeyId, 'copied');
      say({ secret: describeCopy(result) + (!result.ok && hidden ? ' Choose Show first.' : '') });
    },
    show: () => noteSecretSaved(store, accessKeyId, 'shown'),
    download: async () => {
      const secret = secretNow();
      if (secret === null) return;
      const fileName = accessKeysFileName(userName);
      const content = accessKeysCsv(accessKeyId, secret);
      // The simulated browser runs on Jane's laptop: the file is there whatever the real disk says.
      const onLaptop = `On the laptop: ${downloadToLaptop(store, fileName, content)}`;
      try {
        const result = await services.download(fileName, content);
        if (result.ok) noteSecretSaved(store, accessKeyId, 'downloaded');
        say({
          download: result.ok
            ? { ok: true, text: `Downloaded to ${result.path}.\n${onLaptop}` }
            : { ok: false, text: `Download failed: ${result.reason}.\n${onLaptop}` },
        });
      } catch (error) {
        say({ download: { ok: false, text: `Download failed: ${reason(error)}.\n${onLaptop}` } });
      }
    },
  };
}
