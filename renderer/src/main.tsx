import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './App';
import { MissingSessionKey } from './components/MissingSessionKey';
import { missingSessionKey } from './lib/session-key';
import { themeSetting } from './features/settings/theme';

// The remembered theme before the first paint, so a dark-theme user never sees a light flash.
themeSetting.init();

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(<StrictMode>{missingSessionKey() ? <MissingSessionKey /> : <Root />}</StrictMode>);
