import { hitAnchor } from '../core/reader/anchors';
import { segments } from '../core/reader/highlight';
import { Span } from './plain';

interface Props {
  text: string;
  ranges?: Array<[number, number]>;
  /** Number of the first hit in this text among the block's hits. */
  firstHit?: number;
  /** The reader's hits carry ids (`hitAnchor`) to scroll to; a result list's do not. */
  anchored?: boolean;
  /** The hit "第 n 处" points at, marked apart from the others. */
  current?: number;
  className?: string;
}

const h5 = process.env.TARO_ENV === 'h5';

/** Text with search hits marked by rendering ranges as spans — never HTML built from text. */
export function Highlighted({ text, ranges = [], firstHit = 0, anchored, current, className }: Props) {
  const parts = segments(text, ranges, firstHit).map((s, i) =>
    s.hit ? (
      <Span
        key={i}
        id={anchored ? hitAnchor(s.hitIndex ?? 0) : undefined}
        className={s.hitIndex === current ? 'hit current' : 'hit'}
      >
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
