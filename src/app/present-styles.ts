/**
 * Present mode's styles, loaded when a teacher presents rather than with the
 * page: the page's own styles are paid before its first paint (README, "What
 * a reader downloads"). Present mode waits for them (present-layout.tsx), as
 * it waits for the full content, so it is never seen unstyled.
 */
import '../styles/present.css';
