// Entry point: styles, preferences on <html> before the first paint, install and update
// listeners, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { listenForInstallPrompt } from './pwa/install-store';
import { registerServiceWorker } from './pwa/register-sw';
import { usePrefsStore } from './ui/prefs-store';
import './ui/tokens.css';
import './ui/kit.css';
import './app/layout.css';

const { lang, theme } = usePrefsStore.getState();
document.documentElement.lang = lang;
document.documentElement.dataset.theme = theme;

listenForInstallPrompt();
registerServiceWorker();

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
