import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { statusPaletteCss } from '@targetboard/shared/targets/status-palette';
import { App } from './app/app';
import { startFirstPage } from './app/first-page';
import { I18nProvider } from './lib/i18n';
import { createAppQueryClient } from './lib/session-expiry';
import './styles.css';

// The status colours live once, in shared; CSS reads them as variables.
const palette = document.createElement('style');
palette.textContent = statusPaletteCss();
document.head.append(palette);

const queryClient = createAppQueryClient();
// The first render waits for the first page's code (asked for by index.html's preload and
// here): a frame of the header and "loading" before the page would cost the national grid's
// first screen a layout of its own on a slow PC, and the code arrives with the main script.
void startFirstPage(queryClient, window.location).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <App />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  ),
);
