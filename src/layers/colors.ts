/**
 * Colours, after the hues Chinese planners read in the land-use standards (GB 50137, and the 2023
 * 用地用海分类指南): residential yellow, parks green, commerce red, water blue, roads white on grey.
 * Tuned darker/lighter so each pair stays distinct under deuteranopia and protanopia, and so
 * outlines reach 3:1 against the background (WCAG 2.2 non-text contrast).
 */
import type { AreaId, PipelineKind, RiversideUse } from '../data/types';

export const BASE = {
  background: '#f3efe6',
  backgroundDark: '#1c1f24',
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

export const AREA_COLORS: Record<AreaId, string> = {
  stairway: '#7b3294',
  'power-plant': '#0868ac',
  'city-origin': '#b35806',
  'hill-lane': '#1b7837',
};

export const PILOT = '#c51b7d';
export const COMMUNITY = { fill: '#f2cf3b', outline: '#9a7a0c' };
export const POCKET_PARK = { fill: '#4caf50', outline: '#2e7031' };
export const ELEVATOR = { fill: '#1f4e9c', stroke: '#ffffff' };

export const PIPELINE_COLORS: Record<PipelineKind, string> = {
  power: '#e66101',
  telecom: '#8e44ad',
  water: '#2c7bb6',
  drainage: '#138d90',
  gas: '#a6761d',
  heating: '#c0392b',
};

export const RIVERSIDE_COLORS: Record<RiversideUse, string> = {
  leisure: '#66bd63',
  commerce: '#d73027',
  entertainment: '#f58231',
  green: '#1a9850',
  plaza: '#9e9e9e',
};
