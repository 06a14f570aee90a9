import { render } from 'preact';
import { send } from '../../messaging/client.ts';
import { RECENT_CONTACTS } from '../../db/types.ts';
import { Popup } from './popup.tsx';
import './popup.css';

// When the page itself was ready for us (read by `npm run bench:browser`).
performance.mark('pullback:popup-script');

// Ask for the recent contacts at once: the answer is on its way while the popup first renders.
const recent = send('contacts.list', { query: '', limit: RECENT_CONTACTS });
// The popup shows no recent contacts then; this keeps the reason.
recent.catch((error: unknown) => console.debug('Pullback: recent contacts unavailable', error));

// And the follow-up list, the first view when no compose is open.
const followups = send('followup.list', {});
followups.catch((error: unknown) => console.debug('Pullback: follow-up list unavailable', error));

// Tests and the demo open the popup as a page and name the tab to describe: ?tab=<id>.
const param = new URLSearchParams(location.search).get('tab');
render(<Popup tabId={param === null ? undefined : Number(param)} recent={recent} followups={followups} />, document.getElementById('app')!);
