import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * WordPress as Debian packages it (`wordpress`, `mariadb-server`, `apache2`, `libapache2-mod-php`,
 * `php-mysql`), run by a test in folders of its own: a MariaDB on a socket of its own, Apache on two loopback
 * ports of its own, and two sites installed from the command line. The `open` site is as most hosting leaves it;
 * the `locked` one, in Welsh, sets `DISALLOW_UNFILTERED_HTML`, as council hosting often does. Each has an
 * administrator, an editor and an author, each with an application password for the REST API. Apache sends
 * `/api/`, `/npm/` and `/submitted` on to `backEnd` (same-origin proxying, as a council's web server would).
 * Nothing reaches the internet: `WP_HTTP_BLOCK_EXTERNAL` stops WordPress's own calls home.
 */

export const DEBIAN_PACKAGES = ['wordpress', 'mariadb-server', 'apache2', 'libapache2-mod-php', 'php-mysql'] as const;
const WORDPRESS = '/usr/share/wordpress';
const THEMES = `${WORDPRESS}/wp-content/themes`;
const LANGUAGES = '/var/lib/wordpress/wp-content/languages';
const PHP_MODULE_DIR = '/usr/lib/apache2/modules';

export type Role = 'administrator' | 'editor' | 'author';
export const ROLES: readonly Role[] = ['administrator', 'editor', 'author'];

export interface WordPressUser {
  login: string;
  password: string;
  /** An application password, for the REST API's Basic authentication. */
  applicationPassword: string;
}

export interface WordPressSite {
  name: 'open' | 'locked';
  url: string;
  users: Record<Role, WordPressUser>;
}

export interface RunningWordPress {
  open: WordPressSite;
  locked: WordPressSite;
  /** Apache's and MariaDB's logs, for a failing test's message. */
  logs: () => string;
  /** Both sites' PHP errors, warnings and notices so far (WP_DEBUG_LOG). */
  phpLog: () => string;
  stop: () => Promise<void>;
}

/** mod_php for Apache (`libapache2-mod-php`: `libphp8.2.so` on Debian 12), if installed. */
function phpModule(): string | undefined {
  const file = existsSync(PHP_MODULE_DIR)
    ? readdirSync(PHP_MODULE_DIR).find((name) => /^libphp[\d.]*\.so$/.test(name))
    : undefined;
  return file && join(PHP_MODULE_DIR, file);
}

/** What is missing to run WordPress here, by Debian package, or an empty list. */
export function missingWordPress(): string[] {
  const needed: [installed: boolean, name: string][] = [
    [existsSync(`${WORDPRESS}/wp-settings.php`), 'wordpress'],
    [existsSync('/usr/sbin/mariadbd'), 'mariadb-server'],
    [existsSync('/usr/sbin/apache2'), 'apache2'],
    [existsSync('/usr/bin/php'), 'php'],
    [phpModule() !== undefined, 'libapache2-mod-php'],
  ];
  return needed.filter(([installed]) => !installed).map(([, name]) => name);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

function run(command: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', input: options.input, env: options.env });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${String(result.status)}):\n${result.stderr}${result.stdout}`,
    );
  }
  return result.stdout;
}

/** `run`, without blocking: for the two sites' installs side by side. */
function runAsync(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (status) => {
      if (status === 0) resolve(stdout);
      else reject(new Error(`${command} ${args.join(' ')} failed (${String(status)}):\n${stderr}${stdout}`));
    });
  });
}

async function waitFor(what: string, ready: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!(await ready())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} did not start within ${String(timeoutMs)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function uidOf(user: string): number {
  return Number(run('id', ['-u', user]).trim());
}
function gidOf(user: string): number {
  return Number(run('id', ['-g', user]).trim());
}

const phpString = (value: string): string => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

export async function startWordPress(backEnd: string): Promise<RunningWordPress> {
  const missing = missingWordPress();
  if (missing.length > 0) throw new Error(`WordPress needs Debian's ${missing.join(', ')}`);
  const root = mkdtempSync(join(tmpdir(), 'council-wordpress-'));
  chmodSync(root, 0o755);
  const id = randomBytes(4).toString('hex');
  const processes: ChildProcess[] = [];
  const configFiles: string[] = [];
  const stop = async (): Promise<void> => {
    for (const child of processes.reverse()) {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // Each runs in a process group of its own: Apache's shutdown signals its whole group.
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
        clearTimeout(timer);
      }
    }
    for (const file of configFiles) rmSync(file, { force: true });
    rmSync(root, { recursive: true, force: true });
  };

  try {
    // ── MariaDB, on a socket of its own ──
    const dataDir = join(root, 'mariadb');
    const socket = join(root, 'mariadb', 'mariadb.sock');
    mkdirSync(dataDir);
    chownSync(dataDir, uidOf('mysql'), gidOf('mysql'));
    run('mariadb-install-db', [
      '--user=mysql',
      `--datadir=${dataDir}`,
      '--auth-root-authentication-method=socket',
      '--skip-test-db',
    ]);
    const mariadb = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        '--user=mysql',
        `--datadir=${dataDir}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(dataDir, 'mariadb.pid')}`,
        `--log-error=${join(root, 'mariadb.log')}`,
        '--innodb-buffer-pool-size=32M',
      ],
      { stdio: 'ignore', detached: true },
    );
    processes.push(mariadb);
    await waitFor('MariaDB', () => existsSync(socket));
    const databasePassword = randomBytes(12).toString('hex');
    run('mariadb', [`--socket=${socket}`, '-u', 'root'], {
      input: [
        'CREATE DATABASE wp_open; CREATE DATABASE wp_locked;',
        `CREATE USER 'council'@'localhost' IDENTIFIED BY '${databasePassword}';`,
        "GRANT ALL ON wp_open.* TO 'council'@'localhost'; GRANT ALL ON wp_locked.* TO 'council'@'localhost';",
      ].join('\n'),
    });

    // ── Two sites, each with its own content folder and Debian config file ──
    const [openPort, lockedPort] = [await freePort(), await freePort()];
    const sites = [
      { name: 'open' as const, port: openPort, database: 'wp_open', locked: false, language: '' },
      { name: 'locked' as const, port: lockedPort, database: 'wp_locked', locked: true, language: 'cy' },
    ];
    const www = { uid: uidOf('www-data'), gid: gidOf('www-data') };
    for (const site of sites) {
      const content = join(root, `content-${site.name}`);
      for (const folder of ['', 'plugins', 'uploads', 'upgrade']) {
        mkdirSync(join(content, folder), { recursive: true });
        chownSync(join(content, folder), www.uid, www.gid);
      }
      symlinkSync(THEMES, join(content, 'themes'));
      symlinkSync(LANGUAGES, join(content, 'languages'));
      const url = `http://localhost:${String(site.port)}`;
      const configFile = `/etc/wordpress/config-council-test-${site.name}-${id}.php`;
      const salts = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
        .flatMap((kind) => [`${kind}_KEY`, `${kind}_SALT`])
        .map((name) => `define('${name}', '${randomBytes(24).toString('hex')}');`);
      mkdirSync(dirname(configFile), { recursive: true });
      writeFileSync(
        configFile,
        [
          '<?php',
          `define('DB_NAME', '${site.database}');`,
          "define('DB_USER', 'council');",
          `define('DB_PASSWORD', '${databasePassword}');`,
          `define('DB_HOST', ${phpString(`localhost:${socket}`)});`,
          `define('WP_CONTENT_DIR', ${phpString(content)});`,
          `define('WP_CONTENT_URL', '${url}/wp-content');`,
          `define('WP_HOME', '${url}');`,
          `define('WP_SITEURL', '${url}');`,
          // Application passwords without HTTPS, and no calls to wordpress.org.
          "define('WP_ENVIRONMENT_TYPE', 'local');",
          "define('WP_HTTP_BLOCK_EXTERNAL', true);",
          "define('AUTOMATIC_UPDATER_DISABLED', true);",
          "define('DISABLE_WP_CRON', true);",
          "define('FS_METHOD', 'direct');",
          "define('WP_DEBUG', true);",
          "define('WP_DEBUG_DISPLAY', false);",
          `define('WP_DEBUG_LOG', ${phpString(join(root, `debug-${site.name}.log`))});`,
          ...(site.locked ? ["define('DISALLOW_UNFILTERED_HTML', true);"] : []),
          ...salts,
          '',
        ].join('\n'),
      );
      configFiles.push(configFile);
    }

    // ── Apache with mod_php, one virtual host per site ──
    const apacheDir = join(root, 'apache');
    mkdirSync(apacheDir);
    const modules = ['mpm_prefork', 'authz_core', 'dir', 'mime', 'alias', 'env', 'rewrite', 'proxy', 'proxy_http'];
    writeFileSync(
      join(apacheDir, 'httpd.conf'),
      [
        `ServerRoot ${apacheDir}`,
        'ServerName localhost',
        `PidFile ${join(apacheDir, 'httpd.pid')}`,
        `Mutex file:${apacheDir} default`,
        ...modules.map((name) => `LoadModule ${name}_module ${PHP_MODULE_DIR}/mod_${name}.so`),
        `LoadModule php_module ${phpModule() ?? ''}`,
        'User www-data',
        'Group www-data',
        'StartServers 2',
        'MinSpareServers 2',
        'MaxSpareServers 4',
        'MaxRequestWorkers 8',
        'TypesConfig /etc/mime.types',
        `ErrorLog ${join(root, 'apache-error.log')}`,
        'LogLevel warn',
        'DirectoryIndex index.php index.html',
        '<FilesMatch "\\.php$">',
        '  SetHandler application/x-httpd-php',
        '</FilesMatch>',
        `<Directory ${WORDPRESS}>`,
        '  Options FollowSymLinks',
        '  AllowOverride None',
        '  Require all granted',
        '</Directory>',
        `<Directory ${root}>`,
        '  Options FollowSymLinks',
        '  Require all granted',
        '</Directory>',
        `<Directory ${THEMES}>`,
        '  Require all granted',
        '</Directory>',
        ...sites.flatMap((site) => [
          `Listen 127.0.0.1:${String(site.port)}`,
          `<VirtualHost 127.0.0.1:${String(site.port)}>`,
          `  DocumentRoot ${WORDPRESS}`,
          `  SetEnv WORDPRESS_CONFIG council-test-${site.name}-${id}`,
          `  Alias /wp-content ${join(root, `content-${site.name}`)}`,
          '  ProxyPreserveHost Off',
          ...['/api/', '/npm/', '/submitted'].flatMap((path) => [
            `  ProxyPass ${path} ${backEnd}${path.slice(1)}`,
            `  ProxyPassReverse ${path} ${backEnd}${path.slice(1)}`,
          ]),
          '</VirtualHost>',
        ]),
        '',
      ].join('\n'),
    );
    const apache = spawn('/usr/sbin/apache2', ['-f', join(apacheDir, 'httpd.conf'), '-DFOREGROUND'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let apacheErrors = '';
    apache.stderr.on('data', (chunk: Buffer) => {
      apacheErrors += chunk.toString();
    });
    processes.push(apache);

    // ── Install both sites from the command line, with their users ──
    const installer = join(dirname(fileURLToPath(import.meta.url)), 'install-site.php');
    const installed = await Promise.all(
      sites.map(async (site) => {
        const url = `http://localhost:${String(site.port)}`;
        const output = await runAsync('php', [installer], {
          ...process.env,
          WORDPRESS_CONFIG: `council-test-${site.name}-${id}`,
          COUNCIL_SITE_URL: url,
          COUNCIL_SITE_LANGUAGE: site.language,
        });
        const users = JSON.parse(output.slice(output.indexOf('{'))) as Record<Role, WordPressUser>;
        return { name: site.name, url, users };
      }),
    );
    for (const site of installed) {
      await waitFor(
        `Apache (${apacheErrors.trim()})`,
        async () => {
          try {
            const response = await fetch(`${site.url}/?rest_route=/`);
            return response.ok;
          } catch {
            return apache.exitCode !== null ? Promise.reject(new Error(`Apache stopped: ${apacheErrors}`)) : false;
          }
        },
        20_000,
      );
    }
    const [open, locked] = installed as [WordPressSite, WordPressSite];
    return {
      open,
      locked,
      stop,
      phpLog: () =>
        ['open', 'locked']
          .map((name) => join(root, `debug-${name}.log`))
          .filter((file) => existsSync(file))
          .map((file) => readFileSync(file, 'utf8'))
          .join(''),
      logs: () =>
        ['apache-error.log', 'mariadb.log', 'debug-open.log', 'debug-locked.log']
          .map((file) => join(root, file))
          .filter((file) => existsSync(file))
          .map((file) => `── ${file}\n${run('tail', ['-n', '40', file])}`)
          .join('\n'),
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
