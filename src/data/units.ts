/** Units of the programme (docs/DATA.md): 1 亩 = 10000/15 m², 1 ha = 15 亩, 1 亿元 = 10,000 万元. */
export const M2_PER_MU = 10000 / 15;
export const M2_PER_HA = 10000;
export const WAN_PER_YI = 10000;

/** Square metres to 亩. */
export const toMu = (m2: number): number => m2 / M2_PER_MU;
/** Square metres to hectares. */
export const toHa = (m2: number): number => m2 / M2_PER_HA;
