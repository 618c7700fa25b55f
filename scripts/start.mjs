// The main job: builds the packages, then serves the docs site (Storybook)
// and the sandbox (a council's back end and legacy CMS page) side by side.
import { spawn, spawnSync } from 'node:child_process';

const DOCS_PORT = Number(process.env.DOCS_PORT ?? 6006);
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 4100);

const build = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'],
  {
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const services = [
  {
    name: 'docs',
    url: `http://localhost:${DOCS_PORT}/`,
    child: spawn(
      'pnpm',
      [
        '--filter',
        '@council-components/docs',
        'exec',
        'storybook',
        'dev',
        '--port',
        String(DOCS_PORT),
        '--no-open',
        '--ci',
        '--quiet',
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    ),
  },
  {
    name: 'sandbox',
    url: `http://localhost:${SANDBOX_PORT}/`,
    child: spawn('node', ['apps/sandbox/src/main.ts'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, SANDBOX_PORT: String(SANDBOX_PORT) },
    }),
  },
];

for (const { name, child } of services) {
  child.stdout.on('data', (chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) console.log(`[${name}] ${line}`);
  });
  child.on('exit', (code) => {
    console.error(`[${name}] stopped (${code ?? 'signal'}); stopping the rest.`);
    stop(code ?? 1);
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

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const { child } of services) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const ready = await Promise.all(services.map((service) => waitFor(service.url)));
console.log('\nCouncil Components is running:');
services.forEach((service, i) => {
  console.log(
    `  ${service.name === 'docs' ? 'Docs site and reuse library' : 'Sandbox (council back end + legacy page)'}: ${service.url}${ready[i] ? '' : ' (not answering yet)'}`,
  );
});
console.log('Press Ctrl+C to stop.');
