// Placeholder entry point: replaced by the app shell (client/app) later.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

createRoot(container).render(
  <StrictMode>
    <h1>Kinerja</h1>
  </StrictMode>,
);
