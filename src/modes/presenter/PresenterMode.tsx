import type { ModeProps } from '../types';

/** Presenter mode: the guided tour. (Being built: issue 6.) */
export function PresenterMode(_props: ModeProps) {
  return null;
}
