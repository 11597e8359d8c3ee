/**
 * The presenter view's e2e driver: the second window S opens, read as the presenter reads it
 * (current and next step, notes, clock, elapsed time) and driven with the same keys.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { TourConfig } from '../../src/data/types';

const TOUR = JSON.parse(readFileSync('public/geo/tour.json', 'utf8')) as TourConfig;

export class PresenterViewDriver {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(msg.text());
    });
    page.on('pageerror', (err) => this.errors.push(String(err)));
  }

  get root() {
    return this.page.getByTestId('presenter-view');
  }

  get current() {
    return this.page.getByTestId('pv-current');
  }

  get next() {
    return this.page.getByTestId('pv-next');
  }

  get notes() {
    return this.page.getByTestId('pv-notes');
  }

  get clock() {
    return this.page.getByTestId('pv-clock');
  }

  get elapsed() {
    return this.page.getByTestId('pv-elapsed');
  }

  async press(...keys: string[]) {
    await this.page.bringToFront();
    for (const k of keys) await this.page.keyboard.press(k);
  }

  /** Waits until the view shows step n (0-based) as current, its notes and the next step. */
  async expectStep(n: number) {
    const step = TOUR.steps[n];
    await expect(this.current).toHaveAttribute('data-step-id', step?.id ?? 'end');
    if (step) {
      await expect(this.current).toContainText(step.title.zh);
      await expect(this.notes).toHaveText(step.notes?.zh ?? '');
    }
    await expect(this.next).toHaveAttribute(
      'data-step-id',
      n + 1 < TOUR.steps.length ? TOUR.steps[n + 1].id : n + 1 === TOUR.steps.length ? 'end' : '',
    );
  }
}
