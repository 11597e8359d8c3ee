/**
 * The app's one store: the URL state plus what is not in the URL. Components subscribe to a
 * slice with `useAppState(selector)`, so a change re-renders only those that show it.
 */
import { useSyncExternalStore } from 'react';
import { defaultState, type UrlState } from './url';

export interface AppState extends UrlState {
  /** Transient: whether the black (B) or white (W) screen of the presenter is up. */
  blank: 'black' | 'white' | null;
  /** Transient: the planner's list (and its exports) keep only what the camera shows. */
  inView: boolean;
  /** Transient: every feature under the planner's last click, when there were several (identify). */
  picked: string[] | null;
}

type Listener = () => void;

export function createStore(initial: AppState) {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch: Partial<AppState> | ((s: AppState) => Partial<AppState>)) {
      const next = { ...state, ...(typeof patch === 'function' ? patch(state) : patch) };
      const changed = (Object.keys(next) as Array<keyof AppState>).some((k) => next[k] !== state[k]);
      if (!changed) return;
      state = next;
      for (const l of listeners) l();
    },
    subscribe(l: Listener) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export type Store = ReturnType<typeof createStore>;

export const store = createStore({ ...defaultState(), blank: null, inView: false, picked: null });

/** Subscribes a component to one slice of the state; return a primitive or a stable reference. */
export function useAppState<T>(selector: (s: AppState) => T): T {
  return useSyncExternalStore(store.subscribe, () => selector(store.get()));
}
