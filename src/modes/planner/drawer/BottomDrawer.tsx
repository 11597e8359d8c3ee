/**
 * The planner's bottom drawer: full width under the map, resizable (drag its handle, or focus the
 * handle and use ↑/↓, Home/End), holding the feature list and the cross-table as two tabs. While
 * it is open its height is the CSS variable `--drawer-height` on <html>, so the side panels end
 * above it and the map stays visible above all of them.
 */
import { type KeyboardEvent, type PointerEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToolIcon } from '../tools/ToolIcon';
import './drawer.css';

export const DRAWER_TABS = ['list', 'cross'] as const;
export type DrawerTab = (typeof DRAWER_TABS)[number];

const MIN_PX = 140;
/** Room always left above the drawer for the title bar and some map. */
const KEEP_ABOVE_PX = 220;
const STEP_PX = 40;

const clamp = (h: number) => Math.round(Math.max(MIN_PX, Math.min(window.innerHeight - KEEP_ABOVE_PX, h)));

export function BottomDrawer({
  tab,
  onTab,
  onClose,
  children,
}: {
  tab: DrawerTab;
  onTab: (t: DrawerTab) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [height, setHeight] = useState(() => clamp(window.innerHeight * 0.42));

  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--drawer-height', `${height}px`);
    return () => {
      root.style.removeProperty('--drawer-height');
    };
  }, [height]);
  useEffect(() => {
    const onResize = () => setHeight((h) => clamp(h));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    const handle = e.currentTarget;
    handle.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => setHeight(clamp(window.innerHeight - ev.clientY));
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  const onHandleKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const next =
      e.key === 'ArrowUp'
        ? height + STEP_PX
        : e.key === 'ArrowDown'
          ? height - STEP_PX
          : e.key === 'End'
            ? MIN_PX
            : e.key === 'Home'
              ? Number.POSITIVE_INFINITY
              : null;
    if (next === null) return;
    e.preventDefault();
    setHeight(clamp(next));
  };
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const to = DRAWER_TABS[(DRAWER_TABS.indexOf(tab) + 1) % DRAWER_TABS.length];
    onTab(to);
    document.getElementById(`${id}-tab-${to}`)?.focus();
  };
  const max = Math.max(MIN_PX, window.innerHeight - KEEP_ABOVE_PX);

  return (
    <section
      className="bottom-drawer"
      style={{ height }}
      aria-label={t('tools.drawer.label')}
      data-testid="drawer"
    >
      {/* A focusable separator is the ARIA pattern of a resizable splitter. */}
      {/* biome-ignore lint/a11y/useSemanticElements: <hr> cannot be focused or dragged */}
      <div
        role="separator"
        aria-orientation="horizontal"
        aria-label={t('tools.drawer.resize')}
        aria-valuemin={MIN_PX}
        aria-valuemax={max}
        aria-valuenow={height}
        tabIndex={0}
        className="drawer-handle"
        onPointerDown={onPointerDown}
        onKeyDown={onHandleKey}
        data-testid="drawer-handle"
      />
      <div className="drawer-head">
        <div role="tablist" aria-label={t('tools.drawer.tabs')} className="drawer-tabs">
          {DRAWER_TABS.map((d) => (
            <button
              key={d}
              id={`${id}-tab-${d}`}
              type="button"
              role="tab"
              aria-selected={tab === d}
              aria-controls={`${id}-panel`}
              tabIndex={tab === d ? 0 : -1}
              className="drawer-tab"
              onClick={() => onTab(d)}
              onKeyDown={onTabKey}
              data-testid={`drawer-tab-${d}`}
            >
              {t(`tools.drawer.${d}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('tools.drawer.close')}
          title={t('tools.drawer.close')}
          data-testid="drawer-close"
        >
          <ToolIcon name="close" />
        </button>
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${tab}`} className="drawer-body">
        {children}
      </div>
    </section>
  );
}
