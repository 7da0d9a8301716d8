import { segments } from '../core/reader/highlight';
import { Span } from './plain';

interface Props {
  text: string;
  ranges?: Array<[number, number]>;
  /** Number of the first hit in this text, for ids "hit-n" the reader scrolls to. */
  firstHit?: number;
  className?: string;
}

const h5 = process.env.TARO_ENV === 'h5';

/** Text with search hits marked by rendering ranges as spans — never HTML built from text. */
export function Highlighted({ text, ranges = [], firstHit = 0, className }: Props) {
  const parts = segments(text, ranges, firstHit).map((s, i) =>
    s.hit ? (
      <Span key={i} id={`hit-${s.hitIndex}`} className="hit">
        {s.text}
      </Span>
    ) : (
      s.text
    ),
  );
  // A span selects like any web text; a mini-program's text needs user-select to be copied.
  return h5 ? (
    <Span className={className}>{parts}</Span>
  ) : (
    <Span className={className} userSelect>
      {parts}
    </Span>
  );
}
