// The .csv path of issue 16 in a real pseudo-terminal: the administrator downloads jane.doe's new
// access key in the console; on Jane's laptop the file is in ~/Downloads; `aws configure import`
// refuses it as downloaded (the console's file has no User Name column, facts §9.2); the learner
// writes a fixed copy with printf and imports that; the CLI then signs as jane.doe.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAccessKeyForCli, openJaneSecurityCredentials } from '../helpers/console-driver.js';
import { KEYS, runLine, startIamtutor, type Session } from '../helpers/pty.js';

const CTRL_T = '\u0014';
let session: Session | undefined;
let downloads: string | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
  if (downloads) rmSync(downloads, { recursive: true, force: true });
  downloads = undefined;
});

describe('the downloaded .csv on the laptop', () => {
  it('is in ~/Downloads, fails to import as downloaded, and imports once the User Name column is added', async () => {
    downloads = mkdtempSync(join(tmpdir(), 'iamtutor-dl-'));
    // 100 columns: the terminal pane opens instead of the console, at full width.
    const s = (session = startIamtutor(['sandbox', '--downloads', downloads], { columns: 100, rows: 30 }));
    await openJaneSecurityCredentials(s);
    await createAccessKeyForCli(s);
    await s.waitFor('Retrieve access keys');
    await s.pressUntil(/›\[ Download \.csv file \]/);
    s.write(KEYS.enter);
    await s.waitFor('On the laptop: ~/Downloads/jane.doe_accessKeys.csv');
    // The real downloads folder has the one real file: the laptop's copy is not written there.
    expect(readdirSync(downloads)).toEqual(['jane.doe_accessKeys.csv']);
    // The real file gives the test the key; the learner would read it with `cat`.
    const [, row] = readFileSync(join(downloads, 'jane.doe_accessKeys.csv'), 'utf8').split('\r\n');
    const [keyId, secret] = row.split(',');
    await s.pressUntil(/›\[ Done \]/);
    s.write(KEYS.enter);
    await s.waitFor(`${keyId} - Active`);

    s.write(CTRL_T);
    await s.waitFor('jane@laptop: ~');
    await runLine(s, 'ls ~/Downloads', /│ jane\.doe_accessKeys\.csv +│/);
    await runLine(s, 'cat ~/Downloads/jane.doe_accessKeys.csv', `${keyId},${secret}`);
    let screen = await runLine(
      s,
      'aws configure import --csv file://~/Downloads/jane.doe_accessKeys.csv',
      'Expected header "User Name" not found',
    );
    expect(screen).not.toContain('Successfully imported');

    await runLine(s, `printf 'User Name,Access key ID,Secret access key\\njane.doe,${keyId},${secret}\\n' > ~/jane.csv`, 'jane.csv');
    await runLine(s, 'cat ~/jane.csv', new RegExp(`│ jane\\.doe,${keyId},${secret.replace(/[+/]/g, '\\$&')} +│`));
    await runLine(s, 'aws configure import --csv file://~/jane.csv', 'Successfully imported 1 profile(s)');
    screen = await runLine(s, 'aws sts get-caller-identity --profile jane.doe', '"Arn": "arn:aws:iam::123456789012:user/jane.doe"');
    expect(screen).not.toContain('InvalidClientTokenId');
  }, 90_000);
});
