/**
 * Service-worker registration and the "data updated" signal for the page.
 *
 * The message listener is attached when this module is first imported (before the data are
 * loaded), so an update broadcast that arrives while the map is still loading is not lost.
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { DATA_CACHE } from './dataFiles';

type Listener = (files: readonly string[]) => void;

let updated: string[] = [];
const listeners = new Set<Listener>();

interface BroadcastUpdateMessage {
  type?: string;
  meta?: string;
  payload?: { cacheName?: string; updatedURL?: string };
}

function onMessage(event: MessageEvent<BroadcastUpdateMessage>) {
  const msg = event.data;
  if (msg?.meta !== 'workbox-broadcast-update' || msg.type !== 'CACHE_UPDATED') return;
  if (msg.payload?.cacheName !== DATA_CACHE || !msg.payload.updatedURL) return;
  const file = new URL(msg.payload.updatedURL).pathname.split('/').pop() ?? '';
  if (updated.includes(file)) return;
  updated = [...updated, file];
  for (const l of listeners) l(updated);
}

const supported = typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
if (supported) {
  navigator.serviceWorker.addEventListener('message', onMessage);
  navigator.serviceWorker.startMessages();
}

/** Data files whose newer copy the service worker has just fetched; the listener gets each change. */
export function subscribeDataUpdates(listener: Listener): () => void {
  listeners.add(listener);
  if (updated.length) listener(updated);
  return () => listeners.delete(listener);
}

let started = false;
/**
 * Registers the service worker once, in production builds and secure contexts (https or
 * localhost) only. A failure leaves the app working online, so it is only logged as a warning.
 */
export function startServiceWorker(): void {
  if (started || !supported || !import.meta.env.PROD) return;
  started = true;
  registerSW({
    immediate: true,
    onRegisterError: (e: unknown) => console.warn('Service worker not registered:', e),
  });
}
