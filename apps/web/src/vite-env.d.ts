// Vite's ambient types: plain stylesheets (`import './x.css'`), assets and `import.meta.env`.
/// <reference types="vite/client" />
