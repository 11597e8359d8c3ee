/** The pure build: returns every file of public/geo as text, writes nothing. */
import { bbox, centroid as turfCentroid } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { AREA_TEXT, buildAreas, buildPilotZone } from './areas';
import { allocate } from './blocks';
import { buildCommunities } from './communities';
import { buildSite, buildTargets } from './config';
import { buildContext } from './context';
import { centroid, type XY } from './geo';
import { buildPipelines } from './networks';
import type { AreaId } from './props';
import { createRng, DEFAULT_SEED } from './random';
import { buildRiverside } from './riverside';
import { featureCollectionText, jsonText } from './serialize';
import { cellRing, cells, node } from './streets';
import { buildElevators, buildPocketParks } from './works';

export interface Dataset {
  /** file name in public/geo → its text */
  files: Record<string, string>;
}

const cellCentre = (key: string): XY => {
  const c = cells.find((x) => x.key === key);
  if (!c) throw new Error(`no cell ${key}`);
  return centroid(cellRing(c.i, c.j));
};

const round = (v: number, to: number): number => Math.round(v / to) * to;

export function buildDataset(seed: number = DEFAULT_SEED): Dataset {
  const rng = createRng(seed);
  const usedNames = new Set<string>();
  const slots = allocate(rng);
  const communities = buildCommunities(rng, slots.communities, usedNames);
  const parks = buildPocketParks(rng, slots.parks, usedNames);
  const elevators = buildElevators(rng, communities);

  // households: the pilot zone and each area hold more people than their renovated communities
  const sum = (pred: (c: (typeof communities)[number]) => boolean): number =>
    communities.filter(pred).reduce((t, c) => t + c.properties.households, 0);
  const pilotHouseholds = round(sum((c) => c.region === 'pilot') + rng.int(120, 260), 10);
  const households = Object.fromEntries(
    (Object.keys(AREA_TEXT) as AreaId[]).map((id) => [
      id,
      Math.max(
        round(sum((c) => c.properties.area === id) * rng.range(1.4, 1.8), 100),
        id === 'stairway' ? pilotHouseholds + 1500 : 0,
      ),
    ]),
  ) as Record<AreaId, number>;
  const areas = buildAreas(households);
  const pilot = buildPilotZone(pilotHouseholds);
  const powerPlant = areas.find((a) => a.properties.id === 'power-plant');
  if (powerPlant?.geometry.type !== 'Polygon') throw new Error('no power-plant polygon');
  const pipelines = buildPipelines(rng);
  const riverside = buildRiverside(rng, powerPlant.geometry);
  const context = buildContext([
    { id: 'landmark-city-origin', name: '城市原点', name_en: 'City Origin Marker', at: cellCentre('-1,2') },
    { id: 'landmark-power-plant', name: '电厂旧址', name_en: 'Former Power Plant', at: cellCentre('9,5') },
    { id: 'landmark-stairway-lookout', name: '梯道观景台', name_en: 'Stairway Lookout', at: node(2, -7.2) },
    { id: 'landmark-old-street', name: '老街口', name_en: 'Old Street Gate', at: node(6, -6) },
  ]);

  const core: FeatureCollection = { type: 'FeatureCollection', features: areas as Feature[] };
  const [w, s, e, n] = bbox(core);
  const mx = (e - w) * 0.15;
  const my = (n - s) * 0.15;
  const bounds = [w - mx, s - my, e + mx, n + my].map((v) => Math.round(v * 1e4) / 1e4) as [
    number,
    number,
    number,
    number,
  ];
  const c = turfCentroid(core).geometry.coordinates;
  const center: [number, number] = [Math.round(c[0] * 1e4) / 1e4, Math.round(c[1] * 1e4) / 1e4];

  return {
    files: {
      'site.json': jsonText(buildSite(bounds, center)),
      'targets.json': jsonText(buildTargets()),
      'context.geojson': featureCollectionText(context),
      'areas.geojson': featureCollectionText(areas),
      'pilot-zone.geojson': featureCollectionText([pilot]),
      'communities.geojson': featureCollectionText(
        communities.map(({ type, properties, geometry }) => ({ type, properties, geometry })),
      ),
      'pocket-parks.geojson': featureCollectionText(parks),
      'elevators.geojson': featureCollectionText(elevators),
      'pipelines.geojson': featureCollectionText(pipelines),
      'riverside.geojson': featureCollectionText(riverside),
    },
  };
}
