// The console's guard rails, driven by key presses against the built binary: a user has at
// most two access keys, and an active key cannot be deleted until it is deactivated and its
// ID typed into the Delete dialog.
import { afterEach, describe, expect, it } from 'vitest';
import { createAccessKeyForCli, openJaneSecurityCredentials } from '../helpers/console-driver.js';
import { KEYS, startIamtutor, type Session } from '../helpers/pty.js';

const KEY_ID = /AKIA[A-Z2-7]{9}EXAMPLE/;
let session: Session | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

/** From jane.doe's Security credentials tab: creates a key for the CLI and closes Retrieve. */
async function createKey(s: Session): Promise<string> {
  await createAccessKeyForCli(s);
  await s.waitFor('Retrieve access keys');
  // The page's title can be drawn a frame before its body: wait for the key itself.
  const id = KEY_ID.exec(await s.waitFor(KEY_ID))![0];
  await s.pressUntil(/›\[ Done \]/);
  s.write(KEYS.enter);
  // Closing without showing or saving the secret asks first.
  await s.waitFor('Continue without viewing or downloading');
  await s.pressUntil(/›\[ Continue \]/);
  s.write(KEYS.enter);
  await s.waitFor(`${id} - Active`);
  return id;
}

describe('access key limits in a real terminal', () => {
  it('refuses a third key and deletes an active key only after deactivating it and typing its ID', async () => {
    const s = (session = startIamtutor(['sandbox'], { columns: 100, rows: 30 }));
    await openJaneSecurityCredentials(s);

    const first = await createKey(s);
    const second = await createKey(s);
    expect(second).not.toBe(first);

    // Two keys: Create access key is unavailable and says why.
    const full = await s.pressUntil(/Access keys \(2\)[\s\S]*maximum of two access keys/, '\u001B[6~', 10);
    expect(full).toContain('You can have a maximum of two access keys (active or inactive) at a time.');
    // Enter on it does nothing: still two keys, no wizard.
    await s.pressUntil(/›\[ Create access key \]/);
    s.write(KEYS.enter);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(s.screen()).not.toContain('Access key best practices & alternatives');

    // Delete the first (active) key: the dialog first asks to deactivate it.
    await s.pressUntil(new RegExp(`› *${first}`), KEYS.tab);
    s.write(KEYS.enter);
    await s.waitFor('Actions ·');
    await s.pressUntil(/› *Delete/, KEYS.down, 6);
    s.write(KEYS.enter);
    await s.waitFor(/must (first )?deactivate|Deactivate it first|deactivated first/i);
    await s.pressUntil(/›\[ Deactivate \]/);
    s.write(KEYS.enter);
    // Now the ID has to be typed; a wrong ID keeps Delete unavailable.
    await s.waitFor(/enter the access key ID|type the access key ID|To confirm deletion/i);
    await s.type(second);
    await s.pressUntil(/›\[ Delete \]/);
    s.write(KEYS.enter);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(s.screen()).toMatch(/does not match|unavailable/);
    await s.pressUntil(/› \[AKIA/, KEYS.shiftTab, 5); // back to the text field
    for (let i = 0; i < 20; i++) s.write(KEYS.backspace);
    await s.waitFor(/› \[ +\]/);
    await s.type(first);
    await s.pressUntil(/›\[ Delete \]/);
    s.write(KEYS.enter);
    await s.waitFor(`Access key ${first} deleted.`);
    const after = await s.waitFor(new RegExp(`Access keys \\(1\\)[\\s\\S]*${second}\\s.*Active`));
    expect(after.replaceAll(`Access key ${first} deleted.`, '')).not.toContain(first);
  });
});
