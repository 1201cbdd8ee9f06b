/** Why iamtutor cannot draw its screens here, as one sentence, or null when it can. */
export function terminalProblem(stdin: { isTTY?: boolean }, stdout: { isTTY?: boolean }): string | null {
  if (!stdin.isTTY || !stdout.isTTY) {
    return 'iamtutor is interactive and needs a terminal: run it directly in a terminal window, not through a pipe or redirect.';
  }
  return null;
}
