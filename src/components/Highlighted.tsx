import { Text } from '@tarojs/components';
import { segments } from '../core/reader/highlight';

interface Props {
  text: string;
  ranges?: Array<[number, number]>;
  /** Number of the first hit in this text, for ids "hit-n" the reader scrolls to. */
  firstHit?: number;
  className?: string;
}

/** Text with search hits marked by rendering ranges as spans — never HTML built from text. */
export function Highlighted({ text, ranges = [], firstHit = 0, className }: Props) {
  return (
    <Text className={className} userSelect>
      {segments(text, ranges, firstHit).map((s, i) =>
        s.hit ? (
          <Text key={i} id={`hit-${s.hitIndex}`} className="hit">
            {s.text}
          </Text>
        ) : (
          s.text
        ),
      )}
    </Text>
  );
}
