/**
 * One browser engine as the smoke steps use it: load a URL at a window size, run a line of script
 * in the page, click and press keys as a person would (real input events), take a screenshot.
 * Implemented over puppeteer-core + WebDriver BiDi for Firefox (firefox.ts) and over
 * selenium-webdriver + WebKitWebDriver for WebKitGTK (webkit.ts).
 */
export interface Engine {
  /** For messages: the engine and its version, e.g. "Firefox ESR 153.8.0". */
  readonly name: string;
  /** Sizes the page's viewport (CSS px) and loads the URL as a new document, even if only the hash differs. */
  load(url: string, width: number, height: number): Promise<void>;
  /** The value of a JavaScript expression in the page (strings, not functions: nothing to serialise). */
  js<T>(expression: string): Promise<T>;
  /** A mouse click at viewport coordinates (CSS px). */
  click(x: number, y: number): Promise<void>;
  /** One key press, named as in KeyboardEvent.key (e.g. 'ArrowRight'). */
  press(key: 'ArrowRight'): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  /** Errors the engine itself reported for the page (over its protocol), when it reports any. */
  readonly protocolErrors: string[];
  close(): Promise<void>;
}

/** Thrown when an engine cannot start here: the smoke test fails with this reason. */
export class EngineUnavailable extends Error {}
