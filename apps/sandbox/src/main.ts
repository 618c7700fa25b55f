import { startSandbox } from './server.ts';

const port = Number(process.env['SANDBOX_PORT'] ?? 4100);
const sandbox = await startSandbox(port);
console.log(`Sandbox (a council's back end and legacy CMS page): ${sandbox.url}`);

const stop = (): void => {
  void sandbox.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
