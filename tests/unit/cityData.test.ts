import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCity, COPIED_FILES } from '../../scripts/generate-city/build';
import { lengthM } from '../../scripts/generate-city/shapes';
import { dataBaseFromQuery } from '../../src/data/load';
import type { SiteConfig } from '../../src/data/types';
import {
  type DatasetFile,
  layerIdFromPath,
  validateDataset,
  validateLayerText,
} from '../../src/data/validate/index';
import { shippedCatalogue } from './helpers/catalogue';

const shipped = Object.fromEntries(
  ['site.json', ...COPIED_FILES].map((f) => [f, readFileSync(join('public/geo', f), 'utf8')]),
);
const city = buildCity({ seed: 7, scale: 1, shipped });
const parse = (name: string) => JSON.parse(city.files[name]) as FeatureCollection;

describe('generate:city', () => {
  it('holds the programme’s numbers: 268 communities, 60 parks, 5,000 lifts, 700 km in ≥ 5,000 segments', () => {
    expect(parse('communities.geojson').features).toHaveLength(268);
    expect(parse('pocket-parks.geojson').features).toHaveLength(60);
    expect(parse('elevators.geojson').features).toHaveLength(5000);
    const pipes = parse('pipelines.geojson').features;
    expect(pipes.length).toBeGreaterThanOrEqual(5000);
    const km = pipes.reduce((s, f) => s + lengthM((f.geometry as LineString).coordinates), 0) / 1000;
    expect(km).toBeGreaterThanOrEqual(700);
    expect(km).toBeLessThan(720);
  });

  it('passes every rule of the validator, per file and across files', () => {
    // The city copies the shipped layers.json (checked below), so its layers are the shipped ones.
    const catalogue = shippedCatalogue();
    const files: DatasetFile[] = [];
    for (const [name, text] of Object.entries(city.files)) {
      const layerId = layerIdFromPath(name);
      const { data, problems } = validateLayerText(name, text, layerId, catalogue);
      expect(problems, name).toEqual([]);
      files.push({ path: name, layerId, data });
    }
    expect(validateDataset(files, catalogue)).toEqual([]);
  });

  it('is the same for the same seed, and different for another', () => {
    const again = buildCity({ seed: 7, scale: 1, shipped });
    expect(again.files['elevators.geojson']).toBe(city.files['elevators.geojson']);
    const other = buildCity({ seed: 8, scale: 1, shipped });
    expect(other.files['elevators.geojson']).not.toBe(city.files['elevators.geojson']);
  });

  it('scales every count with --scale, and its bounds hold every feature', () => {
    const stress = buildCity({ seed: 7, scale: 3, shipped });
    expect(stress.counts.communities).toBe(268 * 3);
    expect(stress.counts.elevators).toBe(15_000);
    expect(stress.counts.pipelineKm).toBeGreaterThanOrEqual(2100);
    const [w, s, e, n] = (JSON.parse(stress.files['site.json']) as SiteConfig).bounds;
    for (const f of (JSON.parse(stress.files['elevators.geojson']) as FeatureCollection).features) {
      const [lon, lat] = (f.geometry as Point).coordinates;
      expect(lon >= w && lon <= e && lat >= s && lat <= n).toBe(true);
    }
  });

  it('copies the shipped areas, pilot zone, context, riverside and targets unchanged', () => {
    for (const f of COPIED_FILES) expect(city.files[f]).toBe(shipped[f]);
  });
});

describe('?data= (pointing the app at another data folder)', () => {
  it('takes a relative folder of the same site', () => {
    expect(dataBaseFromQuery('?data=city/')).toBe('city/');
    expect(dataBaseFromQuery('?mode=x&data=bench/stress_10/')).toBe('bench/stress_10/');
  });

  it('refuses anything that could leave the site or the folder', () => {
    for (const bad of [
      '',
      '?data=',
      '?data=city',
      '?data=../secret/',
      '?data=/abs/',
      '?data=https://evil.example/',
      '?data=//evil.example/',
      '?data=a/../b/',
      '?data=%2e%2e/',
    ])
      expect(dataBaseFromQuery(bad), bad).toBeNull();
  });
});
