/**
 * The data checks in a Web Worker (a module worker bundled by Vite, allowed by the CSP's
 * `worker-src 'self'`): the main thread only draws while the files are parsed and validated.
 * One message in (the data folder's URL), the checker's messages out.
 */
import { checkFiles, fetcherFor } from './checkFiles';

self.onmessage = (e: MessageEvent<{ base: string }>) => {
  void checkFiles(fetcherFor(e.data.base), (m) => self.postMessage(m));
};
