/**
 * The conversion offer: for a picture WeChat would refuse, the original and the converted file side by
 * side (format, size, pixels), with 转换并上传 / 跳过此文件 / 全部按此转换. Offers come from
 * conversion-offers.ts, one at a time, in a modal <dialog> (as components/ConfirmDialog.tsx: focus
 * inside, Escape = skip, focus returns). While a conversion is still running a polite status says so.
 */
import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, SyntheticEvent } from 'react';
import type { ImageFacts } from '@shared/features/images.channels';
import { useT, type MessageKey } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { conversionOffers, useConversionOffers, type OfferItem } from './conversion-offers';
import './conversion-offer.css';

const FORMAT_NAME: Record<string, string> = { jpeg: 'JPG', heic: 'HEIC', tiff: 'TIFF', webp: 'WebP', avif: 'AVIF' };
const formatName = (f: string) => FORMAT_NAME[f] ?? f.toUpperCase();

function Facts({ label, facts, extra, testId }: { label: string; facts: ImageFacts; extra?: string; testId: string }) {
  const t = useT();
  const f = useFormat();
  const vars = {
    format: formatName(facts.format),
    size: f.bytes(facts.bytes),
    width: facts.width,
    height: facts.height,
  };
  return (
    <div className="convert-side" data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        {t(facts.width > 0 ? 'convert.facts' : 'convert.factsNoDims', vars)}
        {extra ? ` · ${extra}` : ''}
      </dd>
    </div>
  );
}

function OfferDialog({
  item,
  others,
}: {
  item: OfferItem & { offer: NonNullable<OfferItem['offer']> };
  others: number;
}) {
  const t = useT();
  const titleId = useId();
  const bodyId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const { offer } = item;

  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog?.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, [item.id]);

  const skip = (e?: SyntheticEvent) => {
    e?.preventDefault();
    conversionOffers.decide(item.id, 'skip');
  };
  const reasons = offer.reasons.map((r) => t(`convert.reason.${r}` as MessageKey)).join('、');
  const extra = [
    t('convert.quality', { quality: offer.quality }),
    ...(offer.downscaled ? [t('convert.downscaled')] : []),
  ].join(' · ');
  const sameBatch = conversionOffers.get().filter((i) => i.batch === item.batch && i.id !== item.id).length;

  return (
    <dialog
      ref={ref}
      className="modal convert-offer"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid="conversion-offer"
      onCancel={skip}
      onKeyDown={(e: KeyboardEvent<HTMLDialogElement>) => e.key === 'Escape' && skip(e)}
    >
      <h2 className="modal-title" id={titleId}>
        {t('convert.title')}
      </h2>
      <div className="modal-body" id={bodyId}>
        <p>
          {t('convert.intro', {
            name: item.name,
            target: t(`convert.target.${offer.target}` as MessageKey),
            reasons,
          })}
        </p>
        <dl className="convert-compare">
          <Facts label={t('convert.original')} facts={offer.original} testId="convert-original" />
          <Facts label={t('convert.converted')} facts={offer.converted} extra={extra} testId="convert-result" />
        </dl>
        {sameBatch > 0 && <p className="convert-note">{t('convert.allHint', { count: sameBatch })}</p>}
        {others > 0 && <p className="convert-note">{t('convert.queue', { count: others })}</p>}
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={() => skip()}>
          {t('convert.skip')}
        </button>
        {sameBatch > 0 && (
          <button type="button" className="btn" onClick={() => conversionOffers.decide(item.id, 'convert', true)}>
            {t('convert.all')}
          </button>
        )}
        <button
          type="button"
          className="btn btn-primary"
          data-autofocus
          onClick={() => conversionOffers.decide(item.id, 'convert')}
        >
          {t('convert.accept')}
        </button>
      </div>
    </dialog>
  );
}

/** Mounted once (UploadFlow.tsx): the next ready offer as a dialog, and a status while others convert. */
export function ConversionOfferHost() {
  const t = useT();
  const items = useConversionOffers();
  const ready = items.find((i): i is OfferItem & { offer: NonNullable<OfferItem['offer']> } => i.offer !== null);
  const working = items.filter((i) => i.offer === null);
  return (
    <>
      <div className="convert-status" role="status" aria-live="polite">
        {working.length > 0 && !ready ? t('convert.working', { name: working[0].name }) : ''}
      </div>
      {ready && <OfferDialog key={ready.id} item={ready} others={items.length - 1} />}
    </>
  );
}
