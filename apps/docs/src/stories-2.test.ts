import { storiesInChromium } from './stories-in-chromium.ts';

storiesInChromium(2, 2);
