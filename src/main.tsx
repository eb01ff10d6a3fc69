import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { DemoUnavailable } from '@/app/demo-unavailable';
import '@/styles/global.css';
import '@/app/layout/layout.css';

/**
 * Without an API base URL the app talks to the mock API in a service worker, loaded as its own
 * chunk so that a build pointed at a real API carries none of it and registers no worker.
 */
async function firstScreen(): Promise<ReactNode> {
  if (!import.meta.env.VITE_API_BASE_URL) {
    try {
      const { startBrowserMock } = await import('@mocks/browser');
      await startBrowserMock();
    } catch (error) {
      console.error('The in-browser mock API did not start', error);
      return <DemoUnavailable />;
    }
  }
  return <App />;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const screen = await firstScreen();
createRoot(root).render(<StrictMode>{screen}</StrictMode>);
