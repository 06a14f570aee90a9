export { t } from '../../platform/browser.ts';
