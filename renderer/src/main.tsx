/** Renderer entry: read the preview token before anything looks at the hash, then mount the app. */
import '@mantine/core/styles.layer.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initApiClient, tellMainLanguage } from './api/client';
import { App } from './app/App';
import { i18n } from './i18n';

initApiClient();
// Main's menus and native dialogs follow the window's language: told now and on every switch (the test-only
// pseudo-locale is English underneath).
const shownLanguage = (lng: string) => (lng === 'it' ? 'it' : 'en');
tellMainLanguage(shownLanguage(i18n.language));
i18n.on('languageChanged', (lng: string) => tellMainLanguage(shownLanguage(lng)));

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
