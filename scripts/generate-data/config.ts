/** site.json and targets.json, from the speech. */
import type { SiteConfig, TargetsConfig } from '../../src/data/types';

export const AS_OF = '2025-09-30';

export function buildSite(bounds: [number, number, number, number], center: [number, number]): SiteConfig {
  return {
    title: { zh: '老城焕新 · 城市有机更新一张图', en: 'Old Town Renewed · Urban Renewal Map' },
    programme: { zh: '三年攻坚，老城焕新', en: 'Three years of hard work, the old town renewed' },
    district: { zh: 'X区（示意：攀枝花市东区）', en: 'X District (illustrative: East District, Panzhihua)' },
    illustrative: true,
    as_of: AS_OF,
    attribution: [
      '© OpenStreetMap contributors (district outline, ODbL)',
      'Natural Earth (river)',
      'Sites, streets and hills: illustrative / 示意',
    ],
    camera: { center, zoom: 14.2, bearing: 0, pitch: 0 },
    bounds,
    basemap: { type: 'none' },
    // National hotlines only (12345 government services, 95598 State Grid): real numbers that
    // answer anywhere in China, so the illustrative data never invents a local phone number.
    contacts: [
      { name: { zh: '政务服务便民热线', en: 'Government service hotline' }, tel: '12345' },
      {
        name: {
          zh: '供电服务热线（停电、电力线施工）',
          en: 'Power supply hotline (outages, power line works)',
        },
        tel: '95598',
        groups: ['roadworks'],
      },
    ],
  };
}

export function buildTargets(): TargetsConfig {
  return {
    targets: [
      {
        id: 'district-communities',
        level: 'district',
        label: { zh: '改造老旧小区不少于65个', en: 'At least 65 old residential communities renovated' },
        value: 65,
        unit: 'count',
        by: 2027,
        rule: { layer: 'communities', measure: 'count' },
        comparison: 'at_least',
      },
      {
        id: 'district-households',
        level: 'district',
        label: { zh: '惠及居民超过3万户', en: 'More than 30,000 households benefiting' },
        value: 30000,
        unit: 'households',
        by: 2027,
        rule: { layer: 'communities', measure: 'sum', property: 'households' },
        comparison: 'more_than',
      },
      {
        id: 'district-investment',
        level: 'district',
        label: {
          zh: '片区更新投资超过50亿元（图中只计已公布的小区投资）',
          en: 'Area renewal investment over 5 billion yuan (the map counts published community sums only)',
        },
        value: 500000,
        unit: 'wan_yuan',
        by: 2027,
        rule: { layer: 'communities', measure: 'sum', property: 'investment_wan' },
        comparison: 'more_than',
      },
      {
        id: 'district-pocket-parks',
        level: 'district',
        label: { zh: '新建口袋公园不少于20个', en: 'At least 20 new pocket parks' },
        value: 20,
        unit: 'count',
        by: 2027,
        rule: { layer: 'pocket-parks', measure: 'count' },
        comparison: 'at_least',
      },
      {
        id: 'city-investment',
        level: 'city',
        label: {
          zh: '全市城市更新项目有效投资不低于200亿元',
          en: 'City: at least 20 billion yuan invested in renewal projects',
        },
        value: 2000000,
        unit: 'wan_yuan',
        by: 2027,
        rule: null,
        comparison: 'at_least',
      },
      {
        id: 'city-communities',
        level: 'city',
        label: { zh: '全市改造老旧小区268个', en: 'City: 268 old residential communities renovated' },
        value: 268,
        unit: 'count',
        by: 2027,
        rule: null,
        comparison: 'at_least',
      },
      {
        id: 'city-pocket-parks',
        level: 'city',
        label: { zh: '全市新建口袋公园60个', en: 'City: 60 pocket parks' },
        value: 60,
        unit: 'count',
        by: 2027,
        rule: null,
        comparison: 'at_least',
      },
      {
        id: 'city-pipelines',
        level: 'city',
        label: {
          zh: '全市更新改造市政管网超过700公里',
          en: 'City: more than 700 km of municipal pipelines renewed',
        },
        value: 700,
        unit: 'km',
        by: 2027,
        rule: null,
        comparison: 'more_than',
      },
    ],
    track_record: [
      {
        label: { zh: '2022年改造老旧小区', en: 'Old communities renovated in 2022' },
        years: [2022],
        communities: 23,
      },
      {
        label: { zh: '2023年改造老旧小区', en: 'Old communities renovated in 2023' },
        years: [2023],
        communities: 20,
      },
      {
        label: { zh: '2024—2025年计划改造老旧小区', en: 'Old communities planned for 2024–2025' },
        years: [2024, 2025],
        communities: 16,
      },
    ],
  };
}
