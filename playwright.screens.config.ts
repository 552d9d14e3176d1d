import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Screenshots of every screen for review (not part of the test run):
//   npx playwright test -c playwright.screens.config.ts   → screenshots/*.png
export default defineConfig({
  ...base,
  testDir: 'tests/screens',
  use: { ...base.use, viewport: { width: 768, height: 1024 } },
});
