import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { readUrlIntoStore, syncUrlFromStore } from './app/url-sync';
import { syncThemeFromStore } from './app/theme-sync';
import './styles/base.css';
import './styles/theme.css';
import './styles/map.css';
import './styles/controls.css';
import './styles/panels.css';
import './styles/annotation.css';
import './styles/popover.css';

readUrlIntoStore();
syncThemeFromStore();
syncUrlFromStore();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
