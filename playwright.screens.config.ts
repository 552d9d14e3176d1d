import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Screenshots of every screen for a person to look at (not part of the test run): scripts/screens.sh
export default defineConfig({
  ...base,
  testDir: 'tests/screens',
  timeout: 120_000,
  workers: 1,
});
