// `NODE_OPTIONS=--import <this file>`: every module the program loads is appended, one URL a
// line, to the file named by IAMTUTOR_TEST_LOAD_LOG — so a test can say what a start did NOT load.
import { register } from 'node:module';

register('./record-loads-hooks.mjs', import.meta.url);
