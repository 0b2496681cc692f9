import { toSegments } from '../text/segments.js';
import { useWidget } from './context.js';

/** A message's words as text nodes, with only allowed web addresses and the hospital's numbers as links. */
export function RichText({ text }: { text: string }) {
  const { links } = useWidget();
  return (
    <>
      {toSegments(text, links).map((segment, index) =>
        segment.kind === 'text' ? (
          segment.text
        ) : segment.external ? (
          <a key={index} href={segment.href} target="_blank" rel="noopener noreferrer">
            {segment.text}
          </a>
        ) : (
          <a key={index} href={segment.href}>
            {segment.text}
          </a>
        ),
      )}
    </>
  );
}
