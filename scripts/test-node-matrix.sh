#!/usr/bin/env bash
# npm run test:node-matrix [-- 22 24]: the test suite under other Node versions (default 22 and
# 24). Each Node comes from the npm registry as the `node` package (npx -p node@N). node-pty is
# a native addon built for this checkout's Node, so each version gets a copy of the project in
# a temp folder with node-pty rebuilt there; the checkout itself stays built for its own Node.
# Extra vitest arguments after `--`: npm run test:node-matrix -- 22 -- test/soak
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
versions=()
while [[ $# -gt 0 && "$1" != "--" ]]; do versions+=("$1"); shift; done
[[ "${1:-}" == "--" ]] && shift
vitest_args=("$@")
[[ ${#versions[@]} -eq 0 ]] && versions=(22 24)

declare -A result
for version in "${versions[@]}"; do
  echo "=== Node ${version} ==="
  # The node binary of that version, installed by npx into its cache (nothing global changes).
  node_bin="$(npx --yes -p "node@${version}" -c 'command -v node')"
  node_dir="$(dirname "$node_bin")"
  echo "node: ${node_bin} ($("$node_bin" --version))"

  work="$(mktemp -d "${TMPDIR:-/tmp}/iamtutor-node${version}-XXXXXX")"
  # A copy of the project without its build outputs; node_modules copied, then node-pty rebuilt.
  tar -C "$ROOT" --exclude=./dist --exclude='./.build-*' --exclude=./node_modules/.cache -cf - . | tar -C "$work" -xf -
  (
    cd "$work"
    export PATH="${node_dir}:${PATH}"
    # npm rebuild runs node-gyp with the node first on PATH: the addon matches this version.
    npm rebuild node-pty --foreground-scripts >/dev/null
    node -e "require('node-pty')" # fails loudly if the ABI still does not match
    npm run --silent build
    if [[ ${#vitest_args[@]} -gt 0 ]]; then npx vitest run "${vitest_args[@]}"; else npm test --silent; fi
  ) && result[$version]=pass || result[$version]=FAIL
  echo "=== Node ${version}: ${result[$version]} (project copy: ${work}) ==="
  [[ "${result[$version]}" == pass && -z "${KEEP_COPY:-}" ]] && rm -rf "$work"
done

echo
status=0
for version in "${versions[@]}"; do
  echo "Node ${version}: ${result[$version]}"
  [[ "${result[$version]}" == pass ]] || status=1
done
exit $status
