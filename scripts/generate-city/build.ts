/**
 * The city's 2027 programme, generated in the data set's schema (a seeded stand-in for a city-wide
 * data set): 268 communities, 60 pocket parks, 700 km of pipelines in at least 5,000 segments and
 * 5,000 elevators, each multiplied by `scale` for a stress set. Areas, the pilot zone, context,
 * riverside and targets come from the shipped data set unchanged; site.json is the shipped one with
 * the city's bounds and camera. Pure: it takes the shipped files' text and returns the new files.
 */
import type { Feature, Geometry } from 'geojson';
import type { SiteConfig, SiteProps, Status } from '../../src/data/types';
import {
  type CommunityProps,
  type ElevatorProps,
  PIPELINE_KINDS,
  PIPELINE_METHODS,
  type PipelineKind,
  type PipelineMethod,
  type PipelineProps,
  type PocketParkProps,
} from '../generate-data/props';
import { createRng, type Rng } from '../generate-data/random';
import { featureCollectionText, jsonText } from '../generate-data/serialize';
import { COMMUNITY_MEASURES } from '../generate-data/text';
import { blob, type Frame, lengthM, near, neighbourhoods, street, toLngLat, type XY } from './shapes';

export const CITY = { communities: 268, parks: 60, pipelineKm: 700, pipelineSegments: 5000, elevators: 5000 };
/** Files taken from the shipped data set as they are. */
export const COPIED_FILES = [
  'areas.geojson',
  'pilot-zone.geojson',
  'context.geojson',
  'riverside.geojson',
  'targets.json',
  // The layer catalogue: the city's layers are the shipped ones.
  'layers.json',
];

const STEMS: Array<[string, string]> = [
  ['炳草岗', 'Bingcaogang'],
  ['大渡口', 'Dadukou'],
  ['弄弄坪', 'Nongnongping'],
  ['瓜子坪', 'Guaziping'],
  ['清香坪', 'Qingxiangping'],
  ['金江', 'Jinjiang'],
  ['仁和', 'Renhe'],
  ['河门口', 'Hemenkou'],
  ['银江', 'Yinjiang'],
  ['密地', 'Midi'],
];
const FACILITIES = ['座椅', '儿童游乐', '健身器材', '林荫步道', '休憩亭', '小广场'];

const pad = (n: number) => String(n).padStart(5, '0');
const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

/** Year and status as they stand on 2025-09-30: earlier works done, 2026–27 mostly ahead. */
function schedule(rng: Rng): Pick<SiteProps, 'status' | 'year' | 'start' | 'end'> {
  const year = rng.pick([2023, 2024, 2025, 2025, 2026, 2026, 2027, 2027]);
  const status: Status =
    year < 2025
      ? 'completed'
      : year === 2025
        ? rng.pick(['completed', 'under_construction'])
        : year === 2026
          ? rng.pick(['under_construction', 'planned'])
          : 'planned';
  const startMonth = rng.int(1, 6);
  return {
    status,
    year,
    start: month(year - 1, startMonth + 6),
    end: month(year, rng.int(startMonth + 1, 12)),
  };
}

function site(rng: Rng, stem: [string, string], id: string, n: number, kind: [string, string]): SiteProps {
  return {
    id,
    name: `${stem[0]}${kind[0]}${n}`,
    name_en: `${stem[1]} ${kind[1]} ${n}`,
    area: null,
    ...schedule(rng),
    investment_wan: rng.next() < 0.2 ? null : Math.round(rng.range(20, 900)),
  };
}

const feature = <P>(properties: P, geometry: Geometry): Feature<Geometry, P & SiteProps> =>
  ({ type: 'Feature', properties, geometry }) as Feature<Geometry, P & SiteProps>;

export interface CityOptions {
  seed: number;
  /** 1: the city; 10: ten times everything (the stress set) */
  scale: number;
  /** the shipped data set's files, by name */
  shipped: Record<string, string>;
}

export interface City {
  files: Record<string, string>;
  /** what was generated, for the log and the tests */
  counts: { communities: number; parks: number; elevators: number; pipelines: number; pipelineKm: number };
}

export function buildCity({ seed, scale, shipped }: CityOptions): City {
  const rng = createRng(seed);
  const shippedSite = JSON.parse(shipped['site.json']) as SiteConfig;
  // The city spreads ~24 × 16 km around the district; a stress set covers √scale times the width.
  const grow = Math.sqrt(scale);
  const frame: Frame = { center: shippedSite.camera.center, halfW: 12_000 * grow, halfH: 8_000 * grow };
  const centres = neighbourhoods(rng, frame, Math.round(40 * scale));
  const stemOf = (n: number) => STEMS[n % STEMS.length];

  const communities: Array<Feature<Geometry, CommunityProps> & { c: XY; r: number }> = [];
  for (let i = 1; i <= CITY.communities * scale; i++) {
    const c = near(rng, frame, centres, 700);
    const r = rng.range(60, 140);
    const f = feature<CommunityProps>(
      {
        ...site(rng, stemOf(i), `cc-${pad(i)}`, i, ['小区', 'Compound']),
        households: rng.int(80, 900),
        buildings: rng.int(2, 24),
        built: rng.pick([1970, 1980, 1990, 2000]),
        measures: rng.sample(COMMUNITY_MEASURES, rng.int(2, 5)),
      },
      { type: 'Polygon', coordinates: [blob(rng, frame, c, r, 10)] },
    );
    communities.push({ ...(f as Feature<Geometry, CommunityProps>), c, r });
  }

  const parks: Feature[] = [];
  for (let i = 1; i <= CITY.parks * scale; i++) {
    const c = near(rng, frame, centres, 900);
    parks.push(
      feature<PocketParkProps>(
        {
          ...site(rng, stemOf(i), `cp-${pad(i)}`, i, ['口袋公园', 'Pocket Park']),
          facilities: rng.sample(FACILITIES, 3),
        },
        { type: 'Polygon', coordinates: [blob(rng, frame, c, rng.range(15, 45), 7)] },
      ),
    );
  }

  const elevators: Feature[] = [];
  for (let i = 1; i <= CITY.elevators * scale; i++) {
    const home = communities[(i - 1) % communities.length];
    const a = rng.range(0, 2 * Math.PI);
    const d = rng.range(0, home.r * 0.6);
    const floors = rng.int(5, 7);
    const units = rng.int(1, 4);
    elevators.push(
      feature<ElevatorProps>(
        {
          ...site(rng, stemOf(i), `ce-${pad(i)}`, i, ['加装电梯', 'Lift']),
          community: home.properties.id,
          building: `${rng.int(1, 24)}栋`,
          units,
          floors,
          households_served: units * floors * 2,
        },
        {
          type: 'Point',
          coordinates: toLngLat(frame, [home.c[0] + d * Math.cos(a), home.c[1] + d * Math.sin(a)]),
        },
      ),
    );
  }

  // Segments of 100–180 m (mean 140 m): 5,000 of them make 700 km; go on until both are reached.
  const pipelines: Feature[] = [];
  let metres = 0;
  for (let i = 1; i <= CITY.pipelineSegments * scale || metres < CITY.pipelineKm * 1000 * scale; i++) {
    const line = street(rng, frame, near(rng, frame, centres, 1200), rng.range(100, 180), rng.int(3, 6));
    metres += lengthM(line);
    pipelines.push(
      feature<PipelineProps>(
        {
          ...site(rng, stemOf(i), `cl-${pad(i)}`, i, ['管线', 'Pipeline']),
          kind: rng.pick(PIPELINE_KINDS) as PipelineKind,
          method: rng.pick(PIPELINE_METHODS) as PipelineMethod,
        },
        { type: 'LineString', coordinates: line },
      ),
    );
  }

  const sw = toLngLat(frame, [-frame.halfW - 300, -frame.halfH - 300]);
  const ne = toLngLat(frame, [frame.halfW + 300, frame.halfH + 300]);
  const citySite: SiteConfig = {
    ...shippedSite,
    district: {
      zh: `全市（生成的示意数据，×${scale}）`,
      en: `The whole city (generated, illustrative, ×${scale})`,
    },
    illustrative: true,
    bounds: [sw[0], sw[1], ne[0], ne[1]],
    camera: { ...shippedSite.camera, zoom: Math.round((11 - Math.log2(grow)) * 10) / 10 },
  };
  const strip = ({ type, properties, geometry }: Feature) => ({ type, properties, geometry }) as Feature;
  const files: Record<string, string> = {
    'site.json': jsonText(citySite),
    'communities.geojson': featureCollectionText(communities.map(strip)),
    'pocket-parks.geojson': featureCollectionText(parks),
    'elevators.geojson': featureCollectionText(elevators),
    'pipelines.geojson': featureCollectionText(pipelines),
  };
  for (const name of COPIED_FILES) files[name] = shipped[name];
  return {
    files,
    counts: {
      communities: communities.length,
      parks: parks.length,
      elevators: elevators.length,
      pipelines: pipelines.length,
      pipelineKm: metres / 1000,
    },
  };
}
