// Browser tests drive Debian's Chromium. On a fresh Debian machine where we are root, install
// it (and a Chinese font, without which every character renders as a box); elsewhere say
// exactly what is missing instead of failing deep inside a test.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const has = (cmd) => {
  try {
    execSync(cmd, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const hasCjkFont = () => has('fc-list :lang=zh | grep -q .');
const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');

if (missing.length > 0) {
  const canInstall = process.getuid?.() === 0 && has('command -v apt-get');
  if (!canInstall) {
    console.error(
      `Browser tests need: ${missing.join(', ')} (Debian: apt-get install -y ${missing.join(' ')}; or set CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} for the browser tests…`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
    stdio: 'inherit',
  });
}
