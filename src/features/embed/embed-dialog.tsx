import { useEffect, useId, useRef, useState } from 'react';
import hostScript from 'virtual:host-script';
import type { CityId } from '../../content/city-ids';
import { useAppStore } from '../../store/app-store';
import { useLocale } from '../../store/locale-store';
import { loadLocale } from '../../content/locale';
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
interface Props {
  disabled?: boolean;
  /** Where focus goes when the dialog closes if its button is no longer shown (a closed menu). */
  returnFocusTo?: () => HTMLElement | null;
}

export function EmbedControl({ disabled = false, returnFocusTo }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const { t } = useLocale();
  const show = () => {
    setOpen(true);
    dialogRef.current?.showModal();
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={show}
      >
        {t.embed.button}
      </button>
      <dialog
        ref={dialogRef}
        className="embed-dialog"
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          // The platform returns focus to the button; if that sits in a menu
          // that closed meanwhile, it cannot take it.
          const button = buttonRef.current;
          if (button && !button.checkVisibility()) returnFocusTo?.()?.focus();
        }}
      >
        <div className="embed-dialog__header">
          <h2 id={titleId}>{t.embed.title}</h2>
          <button
            type="button"
            className="city-popover__close"
            aria-label={t.popover.close}
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

/**
 * The frame's title in the embed's language (screen readers on the host page
 * read it), which may differ from this page's.
 */
function useFrameTitle(lang: Lang): string {
  const { t } = useLocale();
  const [titles, setTitles] = useState<Partial<Record<Lang, string>>>({});
  useEffect(() => {
    let live = true;
    void loadLocale(lang)
      .then((locale) => {
        if (live) setTitles((known) => ({ ...known, [lang]: locale.t.embed.frameTitle }));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [lang]);
  return titles[lang] ?? t.embed.frameTitle;
}

function EmbedForm() {
  const { t, content } = useLocale();
  const current = useAppStore.getState();
  const [options, setOptions] = useState<EmbedOptions>({
    city: current.selectedCityId,
    lang: current.lang,
    theme: current.theme === 'contrast' ? 'auto' : current.theme,
    height: 640,
  });
  const [copied, setCopied] = useState<'' | 'code' | 'pym' | 'blocked'>('');
  // The site's own address (its embed entries sit under its base), whichever page this is.
  const origin = window.location.origin;
  const path = import.meta.env.BASE_URL;
  const frameTitle = useFrameTitle(options.lang);
  const iframeCode = iframeSnippet(origin, path, frameTitle, options, hostScript);
  const pymCode = pymSnippet(origin, path, frameTitle, options);
  const set = (patch: Partial<EmbedOptions>) => setOptions((o) => ({ ...o, ...patch }));

  const copy = async (text: string, which: 'code' | 'pym') => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(which);
    } catch {
      setCopied('blocked');
    }
  };

  return (
    <div className="embed-dialog__body">
      <div className="embed-dialog__options">
        <label>
          {t.embed.city}
          <select
            value={options.city ?? ''}
            onChange={(e) => set({ city: (e.target.value || null) as CityId | null })}
          >
            <option value="">{t.embed.noCity}</option>
            {content.cities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.embed.language}
          <select value={options.lang} onChange={(e) => set({ lang: e.target.value as Lang })}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {t.embed.languages[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.toolbar.themeLabel}
          <select value={options.theme} onChange={(e) => set({ theme: e.target.value as Theme })}>
            {THEMES.filter((theme) => theme !== 'contrast').map((theme) => (
              <option key={theme} value={theme}>
                {t.toolbar.themes[theme]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.embed.height}
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

      <p className="embed-dialog__label">{t.embed.preview}</p>
      <iframe
        className="embed-dialog__preview"
        title={t.embed.previewTitle}
        src={embedUrl(origin, path, options)}
        height={Math.min(Math.max(options.height, MIN_HEIGHT), 480)}
        loading="lazy"
      />

      <label className="embed-dialog__code">
        {t.embed.codeLabel}
        <textarea readOnly rows={5} value={iframeCode} />
      </label>
      <button type="button" className="button" onClick={() => void copy(iframeCode, 'code')}>
        {t.embed.copyCode}
      </button>
      <label className="embed-dialog__code">
        {t.embed.pymLabel}
        <textarea readOnly rows={4} value={pymCode} />
      </label>
      <button type="button" className="button" onClick={() => void copy(pymCode, 'pym')}>
        {t.embed.copyPym}
      </button>
      <p className="copy-link__status" role="status">
        {copied === 'blocked' ? t.embed.copyBlocked : copied ? t.embed.copied(copied) : ''}
      </p>
    </div>
  );
}
