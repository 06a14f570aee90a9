import { render } from 'preact';
import { Popup } from './popup.tsx';
import './popup.css';

render(<Popup />, document.getElementById('app')!);
