import { useId, useRef, useState } from 'react';
import { cities } from '../../content/content';
import type { CityId } from '../../content/city-ids';
import { en } from '../../content/strings/en';
import { useAppStore } from '../../store/app-store';
import { LANGS, THEMES, type Lang, type Theme } from '../../store/url-state';
import {
  MAX_HEIGHT,
  MIN_HEIGHT,
  embedUrl,
  iframeSnippet,
  pymSnippet,
  type EmbedOptions,
} from './snippet';

/**
 * "Embed": a modal dialog (the platform's <dialog>, which traps focus,
 * closes on Escape and returns focus) with the embed's options, a live
 * preview and the code to copy.
 */
export function EmbedControl() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const show = () => {
    setOpen(true);
    dialogRef.current?.showModal();
  };
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={show}>
        {en.embed.button}
      </button>
      <dialog
        ref={dialogRef}
        className="embed-dialog"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
      >
        <div className="embed-dialog__header">
          <h2 id={titleId}>{en.embed.title}</h2>
          <button
            type="button"
            className="city-popover__close"
            aria-label={en.popover.close}
            onClick={() => dialogRef.current?.close()}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {open ? <EmbedForm /> : null}
      </dialog>
    </>
  );
}

function EmbedForm() {
  const current = useAppStore.getState();
  const [options, setOptions] = useState<EmbedOptions>({
    city: current.selectedCityId,
    lang: current.lang,
    theme: current.theme === 'contrast' ? 'auto' : current.theme,
    height: 640,
  });
  const [copied, setCopied] = useState('');
  const origin = window.location.origin;
  const path = window.location.pathname;
  const iframeCode = iframeSnippet(origin, path, en.embed.frameTitle, options);
  const pymCode = pymSnippet(origin, path, en.embed.frameTitle, options);
  const set = (patch: Partial<EmbedOptions>) => setOptions((o) => ({ ...o, ...patch }));

  const copy = async (text: string, which: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(en.embed.copied(which));
    } catch {
      setCopied(en.embed.copyBlocked);
    }
  };

  return (
    <div className="embed-dialog__body">
      <div className="embed-dialog__options">
        <label>
          {en.embed.city}
          <select
            value={options.city ?? ''}
            onChange={(e) => set({ city: (e.target.value || null) as CityId | null })}
          >
            <option value="">{en.embed.noCity}</option>
            {cities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {en.embed.language}
          <select value={options.lang} onChange={(e) => set({ lang: e.target.value as Lang })}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {en.embed.languages[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {en.toolbar.themeLabel}
          <select value={options.theme} onChange={(e) => set({ theme: e.target.value as Theme })}>
            {THEMES.filter((t) => t !== 'contrast').map((t) => (
              <option key={t} value={t}>
                {en.toolbar.themes[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {en.embed.height}
          <input
            type="number"
            min={MIN_HEIGHT}
            max={MAX_HEIGHT}
            step={10}
            value={options.height}
            onChange={(e) => set({ height: Number(e.target.value) })}
          />
        </label>
      </div>

      <p className="embed-dialog__label">{en.embed.preview}</p>
      <iframe
        className="embed-dialog__preview"
        title={en.embed.previewTitle}
        src={embedUrl(origin, path, options)}
        height={Math.min(Math.max(options.height, MIN_HEIGHT), 480)}
        loading="lazy"
      />

      <label className="embed-dialog__code">
        {en.embed.codeLabel}
        <textarea readOnly rows={5} value={iframeCode} />
      </label>
      <button type="button" className="button" onClick={() => void copy(iframeCode, 'iframe')}>
        {en.embed.copyCode}
      </button>
      <label className="embed-dialog__code">
        {en.embed.pymLabel}
        <textarea readOnly rows={4} value={pymCode} />
      </label>
      <button type="button" className="button" onClick={() => void copy(pymCode, 'pym')}>
        {en.embed.copyPym}
      </button>
      <p className="copy-link__status" role="status">
        {copied}
      </p>
    </div>
  );
}
