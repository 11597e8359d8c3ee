// Fails loudly, with the install command, when the browser the e2e tests need is missing.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `\nChromium not found at ${path}.\nThe end-to-end tests use the system Chromium and CJK fonts. Install them with:\n\n  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n\nor point CHROMIUM_PATH at another Chromium/Chrome binary.\n`,
  );
  process.exit(1);
}
