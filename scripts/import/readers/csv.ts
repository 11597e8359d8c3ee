/**
 * CSV with a longitude and a latitude (or X and Y) column, UTF-8 or GBK, read in a stream. Rows are
 * numbered as a spreadsheet shows them: the header is row 1, so the first record is `row 2`.
 */
import { decoderLabel, type Encoding } from '../encoding';
import { fileProblem, ImportError, type RawRecord, type ReadOptions, type ReadResult } from '../record';
import { csvRows, fileIsUtf8, textChunks } from './csvStream';

const LON_NAMES = ['lon', 'lng', 'long', 'longitude', 'x', '经度', 'x坐标', '东坐标', 'point_x'];
const LAT_NAMES = ['lat', 'latitude', 'y', '纬度', 'y坐标', '北坐标', 'point_y'];

function findColumn(fields: string[], wanted: string | null, names: string[]): string | null {
  const norm = (s: string) => s.trim().toLowerCase();
  if (wanted !== null) return fields.find((f) => norm(f) === norm(wanted)) ?? null;
  for (const n of names) {
    const hit = fields.find((f) => norm(f) === n);
    if (hit) return hit;
  }
  return null;
}

/** Parses a coordinate cell: a plain decimal number (thousands separators and spaces allowed). */
function parseCoord(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/[,\s]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  return Number(s);
}

/** Reads a CSV file in a stream. */
export function readCsv(o: ReadOptions): ReadResult {
  const notes = [];
  const enc: Encoding = o.encoding ?? (fileIsUtf8(o.path) ? 'utf-8' : 'gbk');
  if (!o.encoding && enc === 'gbk')
    notes.push(
      fileProblem(
        o.path,
        'warning',
        'encoding-guessed',
        'the file is not UTF-8: read it as GBK; pass --encoding utf8 if the names look wrong',
        '文件不是 UTF-8 编码，已按 GBK 读取；如名称乱码，请加 --encoding utf8',
      ),
    );
  const rows = () => csvRows(textChunks(o.path, decoderLabel(enc)));
  const header = rows().next();
  const fields = header.done ? [] : header.value.map((h) => h.trim());
  const lonCol = findColumn(fields, o.lon, LON_NAMES);
  const latCol = findColumn(fields, o.lat, LAT_NAMES);
  if (!lonCol || !latCol) {
    const which = !lonCol ? (o.lon ?? 'longitude') : (o.lat ?? 'latitude');
    throw new ImportError(
      `no ${which} column found (columns: ${fields.join(', ')}); name them with --lon COLUMN --lat COLUMN`,
      `找不到${!lonCol ? '经度' : '纬度'}列（现有列：${fields.join('、')}）；请用 --lon 列名 --lat 列名 指定`,
    );
  }
  const lonK = fields.indexOf(lonCol);
  const latK = fields.indexOf(latCol);
  function* records(): Generator<RawRecord> {
    let i = -1;
    for (const cells of rows()) {
      if (i++ < 0) continue;
      const ref = `row ${i + 1}`;
      const props: Record<string, unknown> = {};
      fields.forEach((f, k) => {
        if (k !== lonK && k !== latK) props[f] = cells[k];
      });
      const x = parseCoord(cells[lonK]);
      const y = parseCoord(cells[latK]);
      if (x === null || y === null) {
        const col = x === null ? lonCol : latCol;
        const cell = String((x === null ? cells[lonK] : cells[latK]) ?? '').slice(0, 30);
        yield {
          ref,
          props,
          geometry: null,
          noGeometry: {
            en: `no point: column "${col}" is ${cell ? `"${cell}", not a number` : 'empty'}`,
            zh: `没有位置：“${col}”列${cell ? `的值 "${cell}" 不是数字` : '为空'}`,
          },
        };
      } else yield { ref, props, geometry: { type: 'Point', coordinates: [x, y] } };
    }
  }
  return { format: 'csv', records, fields: fields.filter((f) => f !== lonCol && f !== latCol), notes };
}
