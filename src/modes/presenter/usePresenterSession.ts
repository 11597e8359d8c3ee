/**
 * What entering present mode changes, and puts back on leaving: the room-sized root font (one
 * root size scales every rem), MapLibre's arrow-key panning (the clicker's arrows are ours), the
 * planner's layers, statuses and year, and any highlight or blank screen. Also shows the controls
 * and the mouse pointer for a moment when the mouse moves, and hides them again.
 */
import { useEffect } from 'react';
import type { MapController } from '../../map/controller';
import { store } from '../../state/store';

const AWAKE_MS = 2500;

export function usePresenterSession(map: MapController | null) {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('presenting');
    const { layers, status, year } = store.get();
    let timer: number | undefined;
    const wake = () => {
      root.classList.add('presenter-awake');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => root.classList.remove('presenter-awake'), AWAKE_MS);
    };
    window.addEventListener('mousemove', wake);
    return () => {
      window.removeEventListener('mousemove', wake);
      window.clearTimeout(timer);
      root.classList.remove('presenting', 'presenter-awake');
      store.set({ layers, status, year, blank: null });
    };
  }, []);

  useEffect(() => {
    if (!map) return;
    map.setKeyboard(false);
    return () => {
      map.setKeyboard(true);
      map.highlight([]);
    };
  }, [map]);
}
