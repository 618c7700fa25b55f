// Fails early, with install instructions, when Chromium is missing.
import { findChromium } from '../packages/testing/src/chromium.ts';

try {
  console.log(`Chromium: ${findChromium()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
