/** Stylesheet imports (bundled by Vite into a same-origin .css file, allowed by style-src 'self'). */
declare module '*.css';
