import type { Annotation } from '../../content/schema';
import { SourceLinks } from '../../components/source-link';

/** The official counts beside the 15%, each with its dated, linked sources (the disclosure, present mode). */
export function OfficialFiguresList({
  figures,
  className,
}: {
  figures: Annotation['context']['figures'];
  className?: string;
}) {
  return (
    <ul className={className}>
      {figures.map((figure) => (
        <li key={figure.id}>
          {`${figure.text} `}
          <span className="official-figures__sources">
            <SourceLinks sources={figure.sources} />
          </span>
        </li>
      ))}
    </ul>
  );
}
