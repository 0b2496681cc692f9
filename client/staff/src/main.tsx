import { render } from 'preact';
import { App } from './App.js';
import './styles.css';

const mount = document.getElementById('console');
if (mount) render(<App />, mount);
