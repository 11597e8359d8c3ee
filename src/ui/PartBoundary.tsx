/**
 * Catches a part of the page that cannot load (a mode's code chunk missing after a deploy, a network
 * gone mid-visit): it says so in a box, with a retry, and the map and everything else stay. React
 * needs a class for this (an error boundary); the message is i18n text naming the file that did
 * not load (or the error's name).
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function PartFailed({ detail }: { detail: string }) {
  const { t } = useTranslation();
  return (
    <div className="part-failed" role="alert" data-testid="part-failed">
      <strong>{t('errors.chunkTitle')}</strong>
      <p>{t('errors.chunkBody', { detail })}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('errors.retry')}
      </button>
    </div>
  );
}

export class PartBoundary extends Component<{ children: ReactNode }, { detail: string | null }> {
  state = { detail: null as string | null };

  static getDerivedStateFromError(e: unknown) {
    // A failed dynamic import names its file's URL: the file's name is what a person can report.
    const file = e instanceof Error ? /[^/\s]+\.m?js\b/.exec(e.message)?.[0] : undefined;
    return { detail: file ?? (e instanceof Error ? e.name : 'Error') };
  }

  componentDidCatch(e: unknown) {
    console.warn('A part of the page could not load:', e);
  }

  render() {
    return this.state.detail !== null ? <PartFailed detail={this.state.detail} /> : this.props.children;
  }
}
