// Generated wrong paths: mutations of a step's solution that a learner could plausibly take — the
// same actions on another user of the setup, each other option value, each action left out,
// adjacent actions swapped, and the secret closed without saving wherever a key is created. The
// lint (wrong-paths.ts) requires that none of them passes the step: a check that lets one through
// does not prove what the step teaches.
import { ACCESS_KEY_USE_CASES } from '../store/index.js';
import type { Action } from './schema-action.js';
import type { Lesson } from './schema.js';

export interface WrongPath {
  /** in words, for the lint message: "its solution's actions are swapped (…)" */
  what: string;
  actions: Action[];
}

/**
 * A deep copy of an action: plain data from the lesson (objects, arrays, strings, numbers,
 * booleans). Not structuredClone, which cost ~5 µs an action, a tenth of the self-test's
 * generating of ~6,000 wrong paths at 1,500 steps. Keys whose value is undefined stay.
 */
function clone<T>(x: T): T {
  if (Array.isArray(x)) return x.map(clone) as T;
  if (x === null || typeof x !== 'object') return x;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(x)) copy[key] = clone(value);
  return copy as T;
}

/** The user names an action refers to, and a copy of it with `from` replaced by `to`. */
function usersOf(a: Action): string[] {
  const names = [
    a.navigate && 'userName' in a.navigate ? a.navigate.userName : undefined,
    a.createAccessKey?.user,
    a.setKeyStatus?.user,
    a.deleteAccessKey?.user,
    a.enableConsoleAccess?.user,
    a.signIn?.user,
    typeof a.call?.request.UserName === 'string' ? a.call.request.UserName : undefined,
  ];
  return names.filter((n): n is string => n !== undefined);
}

function withUser(a: Action, from: string, to: string): Action {
  const b = clone(a);
  if (b.navigate && 'userName' in b.navigate && b.navigate.userName === from) b.navigate.userName = to;
  if (b.createAccessKey?.user === from) b.createAccessKey.user = to;
  if (b.setKeyStatus?.user === from) b.setKeyStatus.user = to;
  if (b.deleteAccessKey?.user === from) b.deleteAccessKey.user = to;
  if (b.enableConsoleAccess?.user === from) b.enableConsoleAccess.user = to;
  if (b.signIn?.user === from) b.signIn.user = to;
  if (b.call && b.call.request.UserName === from) b.call.request.UserName = to;
  return b;
}

/** Each other value of an option of one action: [what, changed action]. */
function otherValues(a: Action, lesson: Lesson): [string, Action][] {
  const out: [string, Action][] = [];
  const change = (what: string, edit: (b: Action) => void) => {
    const b = clone(a);
    edit(b);
    out.push([what, b]);
  };
  if (a.createAccessKey) {
    for (const useCase of ACCESS_KEY_USE_CASES) {
      if (useCase !== a.createAccessKey.useCase) change(`the use case ${useCase} instead of ${a.createAccessKey.useCase}`, (b) => (b.createAccessKey!.useCase = useCase));
    }
  }
  if (a.secret === 'copied' || a.secret === 'downloaded') change(`Show instead of ${a.secret === 'copied' ? 'Copy' : 'Download .csv file'}`, (b) => (b.secret = 'shown'));
  if (a.password === 'downloaded') change('the password page closed without downloading it', (b) => (b.password = 'closed'));
  for (const target of [a.setKeyStatus, a.deleteAccessKey]) {
    if (!target) continue;
    const key = target.key;
    if (key.origin) change(`on the ${key.origin === 'setup' ? 'new' : 'original'} key instead`, (b) => ((b.setKeyStatus ?? b.deleteAccessKey)!.key.origin = key.origin === 'setup' ? 'new' : 'setup'));
    if (key.status) change(`on the ${key.status === 'Active' ? 'inactive' : 'active'} key instead`, (b) => ((b.setKeyStatus ?? b.deleteAccessKey)!.key.status = key.status === 'Active' ? 'Inactive' : 'Active'));
  }
  if (a.setKeyStatus) {
    const other = a.setKeyStatus.status === 'Active' ? 'Inactive' : 'Active';
    change(`the status ${other} instead of ${a.setKeyStatus.status}`, (b) => (b.setKeyStatus!.status = other));
  }
  const password = a.createUser?.consolePassword ?? a.enableConsoleAccess;
  if (password) change(`"must create a new password" ${password.resetRequired ? 'unticked' : 'ticked'}`, (b) => {
    const p = (b.createUser?.consolePassword ?? b.enableConsoleAccess)!;
    p.resetRequired = !p.resetRequired;
  });
  if (a.createUser) {
    for (const group of lesson.setup.groups.map((g) => g.name)) {
      if (!a.createUser.groups.includes(group)) change(`the group ${group} instead of ${a.createUser.groups.join(', ') || 'none'}`, (b) => (b.createUser!.groups = [group]));
    }
    if (a.createUser.groups.length > 0) change('no group', (b) => (b.createUser!.groups = []));
  }
  if (a.call?.action === 'CreatePolicy' && typeof a.call.request.PolicyDocument === 'string') {
    const document = a.call.request.PolicyDocument;
    const wide = document.replace(/("Resource"\s*:\s*)("[^"]*"|\[[^\]]*\])/g, '$1"*"');
    if (wide !== document) change('the policy\'s Resource "*"', (b) => (b.call!.request.PolicyDocument = wide));
  }
  if (a.call?.action === 'AttachGroupPolicy' || a.call?.action === 'AttachUserPolicy') {
    for (const user of lesson.setup.users) {
      if (a.call.action === 'AttachGroupPolicy') change(`attached to the user ${user.name} instead of the group`, (b) => {
        b.call = { ...b.call!, action: 'AttachUserPolicy', request: { UserName: user.name, PolicyArn: a.call!.request.PolicyArn } };
      });
    }
  }
  return out;
}

/** Every generated wrong path of one step's solution. */
export function mutations(solution: readonly Action[], lesson: Lesson): WrongPath[] {
  const paths: WrongPath[] = [];
  const named = [...new Set(solution.flatMap(usersOf))];
  const others = lesson.setup.users.map((u) => u.name).filter((n) => !named.includes(n));
  for (const from of named) {
    for (const to of others) paths.push({ what: `its actions are done on ${to} instead of ${from}`, actions: solution.map((a) => withUser(a, from, to)) });
  }
  solution.forEach((action, i) => {
    for (const [what, changed] of otherValues(action, lesson)) {
      paths.push({ what: `action ${i + 1} takes ${what}`, actions: solution.map((a, j) => (j === i ? changed : a)) });
    }
    // Moving between pages is how the console is reached, not what a step teaches: the replayed
    // actions reach their page without it, so leaving one out or moving it proves nothing.
    if (solution.length === 1 || !action.navigate) {
      paths.push({ what: solution.length === 1 ? 'nothing is done' : `action ${i + 1} is left out`, actions: solution.filter((_, j) => j !== i) });
    }
    if (i + 1 < solution.length && !action.navigate && !solution[i + 1]!.navigate) {
      const swapped = [...solution];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
      paths.push({ what: `actions ${i + 1} and ${i + 2} are swapped`, actions: swapped });
    }
    if (action.createAccessKey) {
      const rest = solution.slice(i + 1).filter((a) => a.secret === undefined && a.configureCli === undefined);
      paths.push({ what: 'the secret is closed without saving it', actions: [...solution.slice(0, i + 1), { secret: 'closed' }, ...rest] });
    }
  });
  return paths;
}
