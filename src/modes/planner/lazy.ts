/**
 * The planner's parts that the first screen does not show, each in its own chunk: the bottom
 * drawer (list and cross-table), the feature panel, the areas and targets tabs, and the export's
 * picture and print code. `prefetchPlanner` loads them all when the browser is idle, so the first click
 * finds them in memory (and the service worker has them for offline use in any case).
 */
import { lazy } from 'react';

const loadDrawer = () => import('./drawer/PlannerDrawer');
const loadFeaturePanel = () => import('./FeaturePanel');
const loadIdentify = () => import('./IdentifyList');
const loadAreas = () => import('./AreasOverview');
const loadTargets = () => import('./TargetsBoard');
/** The export's picture and print code (ExportMenu imports it when first chosen). */
const loadPicture = () =>
  Promise.all([import('./tools/mapPicture'), import('./tools/pictureText'), import('./print/PrintPanel')]);

export const PlannerDrawer = lazy(() => loadDrawer().then((m) => ({ default: m.PlannerDrawer })));
export const FeaturePanel = lazy(() => loadFeaturePanel().then((m) => ({ default: m.FeaturePanel })));
export const IdentifyList = lazy(() => loadIdentify().then((m) => ({ default: m.IdentifyList })));
export const AreasOverview = lazy(() => loadAreas().then((m) => ({ default: m.AreasOverview })));
export const TargetsBoard = lazy(() => loadTargets().then((m) => ({ default: m.TargetsBoard })));

export function prefetchPlanner(): Promise<unknown> {
  return Promise.all([
    loadDrawer(),
    loadFeaturePanel(),
    loadIdentify(),
    loadAreas(),
    loadTargets(),
    loadPicture(),
  ]);
}
