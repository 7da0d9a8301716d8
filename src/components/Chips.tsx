import { Box } from './plain';

interface Props {
  items: string[];
  onPick(item: string): void;
  /** Words before the chips, in the same row ("相近的词："). */
  label?: string;
}

/** A row of terms to tap: search history, suggested terms, near terms. */
export function Chips({ items, onPick, label }: Props) {
  return (
    <Box className="chips">
      {label && <Box className="chips-label">{label}</Box>}
      {items.map((item) => (
        <Box key={item} className="chip" role="button" onClick={() => onPick(item)}>
          {item}
        </Box>
      ))}
    </Box>
  );
}
