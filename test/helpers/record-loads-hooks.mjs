// The loader hook behind record-loads.mjs (it runs on the loader's own thread).
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.IAMTUTOR_TEST_LOAD_LOG) appendFileSync(process.env.IAMTUTOR_TEST_LOAD_LOG, `${url}\n`);
  return nextLoad(url, context);
}
