import { Chips } from '../../components/Chips';
import { Box, Span } from '../../components/plain';

interface Props {
  history: string[];
  suggested: string[];
  onPick(query: string): void;
  onClearHistory(): void;
}

/** Before a query: the reader's history and the volume's common terms, each a chip to tap. */
export function Idle({ history, suggested, onPick, onClearHistory }: Props) {
  return (
    <Box className="idle">
      {history.length > 0 && (
        <Box className="chips-block">
          <Box className="chips-head">
            <Span>检索历史</Span>
            <Box className="link" role="button" aria-label="清空检索历史" onClick={onClearHistory}>
              清空
            </Box>
          </Box>
          <Chips items={history} onPick={onPick} />
        </Box>
      )}
      <Box className="chips-block">
        <Box className="chips-head">
          <Span>本卷常见</Span>
        </Box>
        <Chips items={suggested} onPick={onPick} />
      </Box>
    </Box>
  );
}
