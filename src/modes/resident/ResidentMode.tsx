import type { ModeProps } from '../types';

/** Resident mode: "what is planned near me". (Being built: issue 5.) */
export function ResidentMode(_props: ModeProps) {
  return null;
}
