/**
 * Stands in for jsPDF's optional helpers (html2canvas, DOMPurify, canvg: its `html()` and SVG
 * features), which the print layout does not use: see vite.config.ts `resolve.alias`. Without it
 * they would be built and precached for offline use, about 60 KB gzip that no one loads.
 */
throw new Error('This jsPDF feature is not part of the build (src/modes/planner/print/notBundled.ts).');
