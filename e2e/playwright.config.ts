// Playwright config for Gương sáng's end-to-end tests.
//
// Run through scripts/test.sh (which builds dist/ first), or by hand:
//   trunk build --release && cd e2e && npx playwright test
//
// The tests run against the release build in ../dist, served by
// `python3 -m http.server` bound to 127.0.0.1 on a free port. Playwright starts
// that server before the tests and stops it afterwards (webServer below).
// The browser is Debian's /usr/bin/chromium: Playwright's own browser download
// is not reachable from these machines.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const distDir = path.resolve(__dirname, '..', 'dist');
const serverLog = path.join(__dirname, 'http-server.log');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Free loopback port, chosen once. The config file is evaluated again in each
// worker process; worker processes inherit process.env, so storing the port
// there keeps the server and baseURL on the same port everywhere.
function freePort(): number {
  const out = execFileSync(
    'python3',
    [
      '-c',
      'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()',
    ],
    { encoding: 'utf8' },
  );
  return Number(out.trim());
}
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = String(freePort());
}
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

if (!existsSync(path.join(distDir, 'index.html'))) {
  // Fail early with a message instead of a webServer timeout.
  throw new Error(`${distDir}/index.html not found: run \`trunk build --release\` (or scripts/test.sh) first`);
}

export default defineConfig({
  testDir: 'tests',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: 1, // 2-core machines
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    baseURL,
    locale: 'vi-VN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The offline worker would answer later requests from its cache, past
    // the tests' page.route; offline.spec.ts allows it where it is the point.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // The server's access log goes to e2e/http-server.log (kept out of the
    // test output, still there to read when a request 404s).
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory "${distDir}" 2> "${serverLog}"`,
    url: `${baseURL}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
