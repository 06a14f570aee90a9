import { render } from 'preact';
import { Options } from './options.tsx';
import './options.css';

render(<Options />, document.getElementById('app')!);
