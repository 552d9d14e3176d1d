import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Makes the realistic session fixtures (not part of the test run): scripts/make-fixtures.sh
export default defineConfig({
  ...base,
  testDir: 'tests/fixtures/make',
  workers: 1,
});
