// Every test process gets the simulated terminal as the laptop's shell, as the app and the lint
// do at start-up, so lesson solutions with `shell` steps replay in tests too.
import { registerTerminal } from '../src/terminal/store-session.js';

registerTerminal();
