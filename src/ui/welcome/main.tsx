import { render } from 'preact';
import { Welcome } from './welcome.tsx';
import '../options/options.css';

render(<Welcome />, document.getElementById('app')!);
