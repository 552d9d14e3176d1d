import { defineConfig } from '@playwright/test';

// The release build in dist/ is served under a sub-path, as an organisation would host it.
export const SUB_PATH = '/some/sub/path/';
export const ORG_PATH = '/org/interviewgids/';
export const UPDATE_PATH = '/update/interviewgids/';
export const UPDATE_DIR = 'target/e2e-update';
const PORT = 8091;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    viewport: { width: 1024, height: 768 },
    locale: 'en-GB',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    // A second mount serves the same build with an organisation's org-library.json beside it.
    // A third serves it with files a test may replace (a "second deployment").
    command: `python3 tests/e2e/server.py dist ${PORT} ${SUB_PATH} ${ORG_PATH}:tests/e2e/org ${UPDATE_PATH}:${UPDATE_DIR}`,
    url: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
