import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { App } from './App';
import { startLoading } from './data/load';
import { applyLang, initI18n } from './i18n';
import { prewarmMap } from './map/worker';
import { store } from './state/store';
import { startUrlSync } from './state/urlSync';

declare global {
  interface Window {
    /** Set once this module runs; public/compat.js shows the old-browser message when it is not. */
    __renewalMapStarted?: boolean;
  }
}

// First: tells public/compat.js that the bundle parsed and its imports ran.
window.__renewalMapStarted = true;

performance.mark('app:start');
// The data set loads while the language and the first screen are set up; the map starts as soon
// as the catalogue and site.json are in, while the layer files still arrive.
const data = startLoading();
// MapLibre's workers (and their script) start now, not when the map is made.
prewarmMap();
startUrlSync(store);
await initI18n(store.get().lang);
await applyLang(store.get().lang);
performance.mark('app:i18n');

const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(
  <StrictMode>
    <App data={data} />
  </StrictMode>,
);
