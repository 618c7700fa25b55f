import { storiesInChromium } from './stories-in-chromium.ts';

storiesInChromium(1, 2);
