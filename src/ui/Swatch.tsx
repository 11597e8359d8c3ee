import { useId } from 'react';
import type { SwatchDef as SwatchSpec } from '../catalogue/types';

type Status = 'planned' | 'under_construction' | 'completed';

/**
 * A legend swatch drawn from the registry's description of the layer. With a `status` it is drawn
 * the way the map draws that status (docs/VISUAL.md): planned = dashed outline only, under construction
 * = hatched half-opacity, completed = solid — for fills, lines and points alike.
 */
export function Swatch({
  swatch,
  status,
  glyph,
}: {
  swatch: SwatchSpec;
  status?: Status;
  /** A point layer's symbol drawn on its dot, as the map does (the lifts' ↑). */
  glyph?: string;
}) {
  const hatchId = useId();
  const size = { width: 22, height: 14 };
  if (swatch.kind === 'point') {
    const planned = status === 'planned';
    return (
      <svg {...size} viewBox="0 0 22 14" aria-hidden="true" className="swatch">
        <circle
          cx="11"
          cy="7"
          r="5"
          fill={planned ? '#ffffff' : swatch.fill}
          fillOpacity={status === 'under_construction' ? 0.55 : 1}
          stroke={planned ? swatch.fill : swatch.stroke}
          strokeWidth={planned ? 2 : 1.5}
        />
        {glyph && (
          <text
            x="11"
            y="7"
            textAnchor="middle"
            dominantBaseline="central"
            fontSize="8"
            fontWeight="700"
            fill={planned ? swatch.fill : '#ffffff'}
          >
            {glyph}
          </text>
        )}
      </svg>
    );
  }
  if (swatch.kind === 'line') {
    const dashed = swatch.dashed || status === 'planned';
    return (
      <svg {...size} viewBox="0 0 22 14" aria-hidden="true" className="swatch">
        {swatch.casing && (
          <line x1="2" y1="7" x2="20" y2="7" stroke={swatch.casing} strokeWidth="6" strokeLinecap="round" />
        )}
        <line
          x1="2"
          y1="7"
          x2="20"
          y2="7"
          stroke={swatch.color}
          strokeWidth="3"
          strokeLinecap={dashed ? 'butt' : 'round'}
          strokeOpacity={status === 'under_construction' ? 0.55 : 1}
          strokeDasharray={dashed ? '4 3' : undefined}
        />
      </svg>
    );
  }
  const opacity = status === 'planned' ? 0.1 : status === 'under_construction' ? 0.42 : 0.85;
  return (
    <svg {...size} viewBox="0 0 22 14" aria-hidden="true" className="swatch">
      {status === 'under_construction' && (
        <defs>
          <pattern
            id={hatchId}
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="4" stroke="#3c321e" strokeWidth="1.2" strokeOpacity="0.6" />
          </pattern>
        </defs>
      )}
      <rect x="1.5" y="1.5" width="19" height="11" rx="1.5" fill={swatch.fill} fillOpacity={opacity} />
      {status === 'under_construction' && (
        <rect x="1.5" y="1.5" width="19" height="11" rx="1.5" fill={`url(#${hatchId})`} />
      )}
      <rect
        x="1.5"
        y="1.5"
        width="19"
        height="11"
        rx="1.5"
        fill="none"
        stroke={swatch.outline}
        strokeWidth={status === 'planned' ? 1.6 : 1.2}
        strokeDasharray={status === 'planned' ? '3 2' : undefined}
      />
    </svg>
  );
}

/** The swatch the status legends draw their three statuses with (a neutral yellow plot). */
export const STATUS_SWATCH: SwatchSpec = { kind: 'fill', fill: '#f2cf3b', outline: '#9a7a0c' };
