// Runs in every browser test file: a journey through many pages, each checked with axe, an HTML
// validator and two screenshots, takes minutes on a busy two-core machine.
import { jest } from '@jest/globals';

jest.setTimeout(300_000);
