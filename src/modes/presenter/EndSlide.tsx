/**
 * The end slide, after the last step: the programme's headline figures, each split into done,
 * under way and planned (the metrics function; nothing typed in, a planned lift is never counted
 * as added), and a QR code that sends the room to resident mode with the address written under it.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/load';
import { STATUSES } from '../../data/types';
import { localizedText } from '../../i18n';
import { formatMeasure } from '../../metrics/format';
import type { Lang } from '../../state/url';
import { headlines, residentUrl } from './endSlide';
import { QrCode } from './QrCode';

export function EndSlide({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const rows = useMemo(() => headlines(dataset.catalogue, dataset.metrics), [dataset]);
  const url = residentUrl(dataset.site.share_url, window.location.href);
  return (
    <section className="tour-end" data-testid="tour-end" aria-labelledby="tour-end-title">
      <div className="tour-end-figures">
        <h2 id="tour-end-title" className="tour-title">
          {t('presenter.end.title')}
        </h2>
        <p className="tour-end-asof">{t('presenter.end.asOf', { date: dataset.site.as_of })}</p>
        <ul className="tour-end-rows" data-testid="tour-end-figures">
          {rows.map((r) => (
            <li key={r.layer} data-layer={r.layer} className="tour-end-row">
              <p className="tour-end-name">{localizedText(r.name, lang)}</p>
              <p className="tour-end-split">
                {STATUSES.slice()
                  .reverse()
                  .map((s) => (
                    <span key={s} data-status={s} className={`tour-end-status tour-end-status--${s}`}>
                      {t(`status.${s}`)}{' '}
                      <strong className="tour-num">{formatMeasure(r.measure, r.value[s], lang)}</strong>
                    </span>
                  ))}
              </p>
            </li>
          ))}
        </ul>
      </div>
      <figure className="tour-end-qr">
        <QrCode text={url} label={t('presenter.end.qrLabel', { url })} />
        <figcaption>
          <span className="tour-end-scan">{t('presenter.end.scan')}</span>
          <span className="tour-end-url" data-testid="tour-end-url">
            {url}
          </span>
        </figcaption>
      </figure>
    </section>
  );
}
