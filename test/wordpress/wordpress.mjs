// A throwaway WordPress for the plugin's end-to-end test: Debian's WordPress copied into a
// temporary folder with its own configuration, a MariaDB server on a socket in that folder and
// PHP's built-in server on a free port. Nothing outside the folder is written, and `stop()`
// ends both servers by their process ids.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

const WORDPRESS = '/usr/share/wordpress';
const THEME = 'twentytwentythree';
/** Debian's packages this test needs, installed when missing and running as root. */
const PACKAGES = [
  'wordpress',
  `wordpress-theme-${THEME}`,
  'php8.2-cli',
  'php8.2-mysql',
  'mariadb-server',
];

function commandExists(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Installs Debian's WordPress, PHP and MariaDB when one of them is missing. */
export function ensurePackages() {
  const present =
    existsSync(join(WORDPRESS, 'wp-settings.php')) &&
    existsSync(join(WORDPRESS, 'wp-content/themes', THEME)) &&
    commandExists('php') &&
    commandExists('mariadbd') &&
    commandExists('mariadb-install-db') &&
    existsSync('/etc/php/8.2/mods-available/mysqli.ini');
  if (present) return;
  if (process.getuid?.() !== 0 || !commandExists('apt-get')) {
    throw new Error(
      `WordPress, PHP or MariaDB is missing; install Debian's ${PACKAGES.join(' ')}.`,
    );
  }
  console.log(`Installing ${PACKAGES.join(' ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  try {
    install();
  } catch {
    execFileSync('apt-get', ['update'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    install();
  }
}

/** Polls `ready` (sync or async) until it answers true, or throws `message` after `timeout` ms. */
async function poll(ready, { timeout, message }) {
  const end = Date.now() + timeout;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(message);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** @returns {Promise<number>} a port nothing listens on now */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Waits for a child to exit, killing it outright after `ms` milliseconds. */
function stopChild(child, { group = false, ms = 10_000 } = {}) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = (signal) => {
      try {
        if (group) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => kill('SIGKILL'), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    kill('SIGTERM');
  });
}

const php = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Starts WordPress with the plugin installed from `zipPath` through WordPress's own unzip, an
 * administrator and an Author (with an application password for the REST API).
 *
 * @param {{ zipPath: string, files?: Record<string, string> }} options `files`: extra static
 *   files for the site's root, by name (the sample feed).
 */
export async function startWordPress({ zipPath, files = {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'wordpress-test-'));
  const root = join(dir, 'wordpress');
  const socket = join(dir, 'mariadb.sock');
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  let stopped = false;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const [database, web] = children;
    await stopChild(web, { group: true });
    await stopChild(database, { ms: 20_000 });
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // Database: a fresh data directory, reached only through its socket.
    execFileSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${join(dir, 'db')}`,
        '--auth-root-authentication-method=normal',
        '--user=root',
        '--skip-test-db',
      ],
      { stdio: 'ignore' },
    );
    const database = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${join(dir, 'db')}`,
        `--socket=${socket}`,
        `--pid-file=${join(dir, 'mariadb.pid')}`,
        `--log-error=${join(dir, 'mariadb.err')}`,
        '--skip-networking',
        '--user=root',
      ],
      { stdio: 'ignore' },
    );
    children.push(database);
    const sql = (statement) =>
      execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    await poll(
      () => {
        try {
          sql('SELECT 1');
          return true;
        } catch {
          return false;
        }
      },
      { timeout: 30_000, message: 'MariaDB did not start' },
    );
    sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');

    // WordPress: Debian's files, with a configuration of its own instead of Debian's, which
    // reads /etc/wordpress.
    // Debian links some of WordPress's scripts to other packages by relative paths, which the
    // copy makes absolute.
    cpSync(WORDPRESS, root, { recursive: true });
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${php(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', ${php(origin)} );
define( 'WP_SITEURL', ${php(origin)} );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${php(join(dir, 'debug.log'))} );
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
  .flatMap((name) => [`${name}_KEY`, `${name}_SALT`])
  .map((name, i) => `define( '${name}', 'practice-widgets-test-${i}' );`)
  .join('\n')}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);

    const setup = join(dir, 'setup.php');
    writeFileSync(
      setup,
      `<?php
$_SERVER['HTTP_HOST']   = ${php(`127.0.0.1:${port}`)};
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require ${php(join(root, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_install( 'Buenas prácticas', 'admin', 'admin@example.org', false, '', 'admin-password-1' );
update_option( 'permalink_structure', '' );
update_option( 'show_avatars', 0 );
WP_Filesystem();
$unzipped = unzip_file( ${php(zipPath)}, WP_PLUGIN_DIR );
if ( is_wp_error( $unzipped ) ) {
	fwrite( STDERR, 'unzip: ' . $unzipped->get_error_message() . "\\n" );
	exit( 1 );
}
$activated = activate_plugin( 'practice-widgets/practice-widgets.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'activate: ' . $activated->get_error_message() . "\\n" );
	exit( 1 );
}
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password-1', 'user_email' => 'author@example.org', 'role' => 'author' ) );
// The administrator works in Peruvian Spanish and the Author in Brazilian Portuguese: regional
// locales for which the plugin ships one file per language.
update_user_meta( 1, 'locale', 'es_PE' );
update_user_meta( $author, 'locale', 'pt_BR' );
list( $password ) = WP_Application_Passwords::create_new_application_password( $author, array( 'name' => 'test' ) );
list( $admin_password ) = WP_Application_Passwords::create_new_application_password( 1, array( 'name' => 'test' ) );
echo wp_json_encode( array( 'adminPassword' => $admin_password, 'authorPassword' => $password, 'authorCanUnfilteredHtml' => user_can( $author, 'unfiltered_html' ) ) );
`,
    );
    const accounts = JSON.parse(
      execFileSync('php', ['-d', 'sendmail_path=/bin/true', setup], { encoding: 'utf8' }),
    );

    const web = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(web);
    await poll(
      async () => {
        try {
          return (await fetch(`${origin}/wp-login.php`)).ok;
        } catch {
          return false;
        }
      },
      { timeout: 30_000, message: "PHP's server did not start" },
    );

    const debugLog = () => {
      const path = join(dir, 'debug.log');
      return existsSync(path) ? readFileSync(path, 'utf8') : '';
    };
    return {
      origin,
      admin: { user: 'admin', password: 'admin-password-1', application: accounts.adminPassword },
      author: {
        user: 'author',
        password: 'author-password-1',
        application: accounts.authorPassword,
      },
      authorCanUnfilteredHtml: accounts.authorCanUnfilteredHtml,
      debugLog,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
