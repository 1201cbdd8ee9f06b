// Lesson 7's other path in a real pseudo-terminal, from its configure checkpoint: Download .csv
// file on Retrieve access keys, find the file on Jane's laptop, meet the import's header error,
// write a fixed copy with printf and import it; the step passes with the profile jane.doe, and the
// next one with --profile jane.doe.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, runLine, startIamtutor, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

const CTRL_T = '\u0014';
const ROW = /(AKIA[A-Z2-7]{9}EXAMPLE),([A-Za-z0-9+/]{30}EXAMPLEKEY)/;
let session: Session | undefined;
let downloads: string | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
  if (downloads) rmSync(downloads, { recursive: true, force: true });
  downloads = undefined;
});

describe('lesson 7 by the .csv, in a real terminal', () => {
  it('downloads the key, imports a fixed copy as jane.doe, and proves it with --profile', async () => {
    const data = tempDir('iamtutor-data-');
    downloads = mkdtempSync(join(tmpdir(), 'iamtutor-dl-'));
    const args = ['start', 'use-keys-with-cli', '--step', 'configure', '--data-dir', data, '--downloads', downloads];
    const s = (session = startIamtutor(args, { columns: 120, rows: 40 }));
    await s.waitFor('Step 2 of 7');
    await s.pressUntil(/›\[ Download \.csv file \]/);
    s.write(KEYS.enter);
    await s.waitFor('On the laptop: ~/Downloads/jane.doe_accessKeys.csv');
    await s.pressUntil(/›\[ Done \]/);
    s.write(KEYS.enter);

    s.write(CTRL_T);
    await s.waitFor('jane@laptop: ~');
    const [, keyId, secret] = ROW.exec(await runLine(s, 'cat ~/Downloads/jane.doe_accessKeys.csv', ROW))!;
    await runLine(s, 'aws configure import --csv file://~/Downloads/jane.doe_accessKeys.csv', 'Expected header "User Name" not found');
    // The lesson's feedback rule names the missing column, in view beside the terminal.
    const refused = await s.waitFor('⚠ aws configure import needs a');
    expect(refused).toContain('Step 2 of 7');

    await s.type(`printf 'User Name,Access key ID,Secret access key\\njane.doe,${keyId},${secret}\\n' > ~/jane.csv`);
    s.write(KEYS.enter);
    await runLine(s, 'aws configure import --csv file://~/jane.csv', 'Successfully imported 1 profile(s)');
    // configure passes, and close-retrieve with it: Done was chosen after the download.
    await s.waitFor('Step 4 of 7');
    await runLine(s, 'aws sts get-caller-identity --profile jane.doe', '"Arn": "arn:aws:iam::123456789012:user/jane.doe"');
    await s.waitFor('Step 5 of 7');
  }, 90_000);
});
