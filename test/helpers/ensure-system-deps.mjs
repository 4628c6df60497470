// `npm test` runs this first (pretest): the fault drills and the security suite run private nats-servers on the
// generated configuration (so the binary is needed even with NATS_URL set), make their test CA with openssl, and the
// browser tests need Debian's Chromium. On our Debian machines (root, apt) missing ones are installed; elsewhere the
// run stops here with what to install — tests are never skipped for a missing dependency.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const natsBins = [process.env.NATS_SERVER_BIN, '/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'];
const missing = [];
if (!natsBins.some((b) => b && existsSync(b))) missing.push('nats-server');
if (!['/usr/bin/openssl', '/usr/local/bin/openssl', '/bin/openssl'].some((b) => existsSync(b))) missing.push('openssl');
if (!existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium')) missing.push('chromium', 'fonts-noto-cjk');

if (missing.length) {
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(`The tests need: ${missing.join(', ')}. Install them (Debian: apt-get install -y ${missing.join(' ')}), `);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} from Debian's packages for the tests…`);
  try {
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error(`Could not install ${missing.join(', ')}; the integration and browser tests cannot run without them.`);
    process.exit(1);
  }
}
