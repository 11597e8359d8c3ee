/**
 * The base map's own colours (the layers' colours are in the catalogue, layers.json), after the hues Chinese planners read in the land-use standards (GB 50137, and the 2023
 * 用地用海分类指南): residential yellow, parks green, commerce red, water blue, roads white on grey.
 * Tuned darker/lighter so each pair stays distinct under deuteranopia and protanopia, and so
 * outlines reach 3:1 against the background (WCAG 2.2 non-text contrast).
 */

export const BASE = {
  background: '#f3efe6',
  // The presenter's surround outside the district: a muted tone, not black, so the corners a
  // camera leaves outside the district read as land, not as dark wedges.
  backgroundDark: '#d5d0c4',
  district: '#4a4a4a',
  water: '#a9d3ee',
  waterOutline: '#5a9fd0',
  road: '#ffffff',
  roadCasing: '#c9c1b1',
  hill: '#dde3cf',
  hillOutline: '#b9c2a4',
  landmark: '#5c4b3b',
  label: '#2b2b2b',
  halo: '#ffffff',
  highlight: '#00a3ff',
};
