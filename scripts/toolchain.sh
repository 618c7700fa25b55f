# Sourced by ./council and .ci/run: puts Node >= 22.18 (it runs TypeScript natively) and pnpm 10 on PATH,
# installing them into .toolchain/ from the npm registry when missing.
TOOLCHAIN_DIR="${ROOT:?}/.toolchain"

node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a >= 24 || (a === 23 && b >= 6) || (a === 22 && b >= 18) ? 0 : 1)'
}

pnpm_is_10() {
  command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null | cut -d. -f1)" = "10" ]
}

ensure_toolchain() {
  if [ -d "$TOOLCHAIN_DIR/node_modules/.bin" ]; then
    export PATH="$TOOLCHAIN_DIR/node_modules/.bin:$PATH"
  fi
  local wanted=()
  node_is_recent || wanted+=("node@24")
  pnpm_is_10 || wanted+=("pnpm@10")
  if [ "${#wanted[@]}" -gt 0 ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "council: npm is needed to fetch ${wanted[*]}; install Node.js (any version with npm) first." >&2
      exit 1
    fi
    echo "council: installing ${wanted[*]} into .toolchain/ from the npm registry…"
    mkdir -p "$TOOLCHAIN_DIR"
    npm install --prefix "$TOOLCHAIN_DIR" --no-audit --no-fund --loglevel=error "${wanted[@]}"
    export PATH="$TOOLCHAIN_DIR/node_modules/.bin:$PATH"
  fi
  node_is_recent || { echo "council: Node >= 22.18 is still not on PATH." >&2; exit 1; }
  echo "council: node $(node --version), pnpm $(pnpm --version)"
}
