// Finding (and on Debian, installing) the Chromium that tests, benchmarks and screenshots use.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags for headless runs as root on a machine with a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {string | undefined} the path of a usable Chromium */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`CHROME_PATH=${fromEnv} does not exist; looking elsewhere.`);
  }
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

function isDebianLike() {
  try {
    return /ID(_LIKE)?=.*debian/i.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/** Installs Debian's chromium package when running as root on Debian. */
export function installDebianChromium() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !isDebianLike()) {
    return undefined;
  }
  console.log('Installing Debian chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  return findChromium();
}
