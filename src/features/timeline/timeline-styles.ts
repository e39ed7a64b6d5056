/**
 * The timeline's styles, loaded when a timeline is first shown rather than
 * with the page's: they are not needed to read the page before its script
 * (the view is hidden until chosen; where no script runs the list shows
 * unstyled, as a list), and every byte of the page's own styles is paid
 * before its first paint (README, "What a reader downloads").
 */
import '../../styles/timeline.css';
import 'virtual:timeline.css';
