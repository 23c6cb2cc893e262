/** Renderer entry: read the preview token before anything looks at the hash, then mount the app. */
import '@mantine/core/styles.layer.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initApiClient } from './api/client';
import { App } from './app/App';

initApiClient();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
