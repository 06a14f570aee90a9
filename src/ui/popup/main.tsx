import { render } from 'preact';
import { Popup } from './popup.tsx';
import './popup.css';

// Tests and the demo open the popup as a page and name the tab to describe: ?tab=<id>.
const param = new URLSearchParams(location.search).get('tab');
render(<Popup tabId={param === null ? undefined : Number(param)} />, document.getElementById('app')!);
