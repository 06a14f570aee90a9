// Unit tests never touch a real browser API: the platform module is the one seam to replace.
import { vi } from 'vitest';
import { fakeBrowser } from './fake-browser.ts';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser() }));
