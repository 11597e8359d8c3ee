/**
 * Keeps the audience window and the presenter view (S) on the same step, in both directions, over
 * a BroadcastChannel of this origin. Each window posts the steps it moves to by itself (a key, a
 * button, autoplay) and takes the other's; a step it was told is never echoed back, so two quick
 * presses cannot bounce between the windows. A new presenter view asks for the current step.
 */
import { useEffect } from 'react';
import { store } from '../../state/store';

const CHANNEL = 'renewal-map-presenter';

type Message = { kind: 'step'; step: number } | { kind: 'hello' };

function isMessage(m: unknown): m is Message {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as Record<string, unknown>;
  if (o.kind === 'hello') return true;
  return (
    o.kind === 'step' && Number.isInteger(o.step) && (o.step as number) >= 0 && (o.step as number) <= 999
  );
}

export function useStepChannel(role: 'audience' | 'view') {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    let told: number | null = null;
    let last = store.get().step;
    channel.onmessage = (e: MessageEvent) => {
      const m: unknown = e.data;
      if (!isMessage(m)) return;
      if (m.kind === 'hello') {
        if (role === 'audience') channel.postMessage({ kind: 'step', step: store.get().step });
        return;
      }
      if (m.step === store.get().step) return;
      told = m.step;
      store.set({ step: m.step });
    };
    const unsubscribe = store.subscribe(() => {
      const { step } = store.get();
      if (step === last) return;
      last = step;
      if (step === told) {
        told = null;
        return;
      }
      channel.postMessage({ kind: 'step', step });
    });
    if (role === 'view') channel.postMessage({ kind: 'hello' });
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [role]);
}
