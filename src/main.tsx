import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { App } from './App';
import i18n, { applyLang, initI18n } from './i18n';
import { store } from './state/store';
import { startUrlSync } from './state/urlSync';
import { ErrorScreen } from './ui/ErrorScreen';

function hasWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

startUrlSync(store);
await initI18n(store.get().lang);
applyLang(store.get().lang);

const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(
  <StrictMode>
    {hasWebGL2() ? (
      <App />
    ) : (
      <div data-testid="map" data-map-state="error">
        <ErrorScreen title={i18n.t('errors.webgl2Title')} body={i18n.t('errors.webgl2Body')} />
      </div>
    )}
  </StrictMode>,
);
