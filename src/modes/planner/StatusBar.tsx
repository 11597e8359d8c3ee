/**
 * A horizontal bar of amounts by status, drawn the way the map draws status (completed solid,
 * under construction hatched, planned dashed outline), with an optional target line.
 */
import type { Status } from '../../data/types';

const ORDER: Status[] = ['completed', 'under_construction', 'planned'];

export interface StatusBarProps {
  amounts: Record<Status, number>;
  /** The amount the full width stands for. */
  max: number;
  /** Where the target line goes, in the same unit. */
  target?: number;
  targetLabel?: string;
  size?: 'small' | 'large';
  /** Read by screen readers instead of the drawing. */
  label: string;
  testId?: string;
}

export function StatusBar({
  amounts,
  max,
  target,
  targetLabel,
  size = 'small',
  label,
  testId,
}: StatusBarProps) {
  const pct = (n: number) => `${Math.max(0, Math.min(100, (n / (max || 1)) * 100))}%`;
  return (
    <div className={`status-bar status-bar-${size}`} role="img" aria-label={label} data-testid={testId}>
      <div className="status-bar-track">
        {ORDER.map((s) =>
          amounts[s] > 0 ? (
            <span key={s} className={`status-seg status-seg-${s}`} style={{ width: pct(amounts[s]) }} />
          ) : null,
        )}
      </div>
      {target !== undefined && (
        <span className="status-bar-target" style={{ left: pct(target) }} aria-hidden="true">
          {targetLabel && <span className="status-bar-target-label">{targetLabel}</span>}
        </span>
      )}
    </div>
  );
}
