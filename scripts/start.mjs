// The main job: builds the packages, then serves the docs site (Storybook),
// the sandbox (a council's back end and legacy CMS page) and the adoption
// collector side by side. The sandbox's pages send their adoption beacons to
// that collector, and the docs site's adoption view reads it.
import { spawn, spawnSync } from 'node:child_process';

const DOCS_PORT = Number(process.env.DOCS_PORT ?? 6006);
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 4100);
const COLLECTOR_PORT = Number(process.env.COLLECTOR_PORT ?? 8788);
const COLLECTOR_API = `http://127.0.0.1:${COLLECTOR_PORT}/v1/`;

const build = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only', '--no-update-notifier'],
  { stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

// Each service is started directly (no wrapper in between), in its own process group, so stopping reaches it.
const services = [
  {
    name: 'docs',
    label: 'Docs site and reuse library',
    url: `http://localhost:${DOCS_PORT}/`,
    command: 'node_modules/.bin/storybook',
    args: ['dev', '--port', String(DOCS_PORT), '--no-open', '--ci', '--quiet', '--no-version-updates'],
    cwd: 'apps/docs',
  },
  {
    name: 'sandbox',
    label: 'Sandbox (council back end + legacy page)',
    url: `http://localhost:${SANDBOX_PORT}/`,
    command: 'node',
    args: ['src/main.ts'],
    cwd: 'apps/sandbox',
  },
  {
    name: 'collector',
    label: 'Adoption collector (its read API)',
    url: `${COLLECTOR_API}adoption`,
    command: 'node',
    args: ['src/main.ts'],
    cwd: 'apps/collector',
  },
].map((service) => ({
  ...service,
  child: spawn(service.command, service.args, {
    cwd: service.cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
    env: {
      ...process.env,
      SANDBOX_PORT: String(SANDBOX_PORT),
      // The sandbox's pages are on http://localhost: the collector takes their origins here, and only here.
      PORT: String(COLLECTOR_PORT),
      HOST: '127.0.0.1',
      COLLECTOR_ALLOW_HTTP_ORIGINS: '1',
      SANDBOX_ADOPTION_COLLECTOR: `${COLLECTOR_API}beacons`,
      STORYBOOK_ADOPTION_API: COLLECTOR_API,
    },
  }),
}));

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const { child } of services) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

for (const { name, child } of services) {
  child.stdout.on('data', (chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) console.log(`[${name}] ${line}`);
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[${name}] stopped unexpectedly (${signal ?? `exit ${code}`}); stopping the rest.`);
    stop(1);
  });
}

async function waitFor(url) {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

const ready = await Promise.all(services.map((service) => waitFor(service.url)));
console.log('\nCouncil Components is running:');
services.forEach((service, i) => {
  console.log(`  ${service.label}: ${service.url}${ready[i] ? '' : ' (not answering yet)'}`);
});
console.log('Press Ctrl+C to stop.');
