import { Input } from '@tarojs/components';
import { memo } from 'react';
import { Box, Press } from '../../components/plain';
import { QUERY_LIMIT } from '../../core/search/query';

interface Props {
  query: string;
  onInput(value: string): void;
  onSubmit(value: string): void;
  onClear(): void;
  /** Several volumes on the phone: the box says every year is searched. */
  allYears?: boolean;
}

const h5 = process.env.TARO_ENV === 'h5';

/**
 * In H5, the search key's default action is cancelled (Taro's Input answers its keydown): a text
 * field's keypress makes the browser lay out the page again, and with the answer just drawn in the
 * keydown that was a whole layout of the new results inside the key's own task, before the frame
 * that lays them out anyway. Not while an input method is composing: there Enter commits the text.
 */
const enterWithoutKeypress = h5
  ? {
      onKeyDownCapture(e: {
        key: string;
        keyCode: number;
        nativeEvent: KeyboardEvent;
        preventDefault(): void;
      }) {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing && e.keyCode !== 229) e.preventDefault();
      },
    }
  : {};

/**
 * The search box, its clear button, and the query's length limit, said when it is reached.
 * Memoised: an answer redraws the page, and the box has not changed.
 */
export const SearchBar = memo(function SearchBar({ query, onInput, onSubmit, onClear, allYears }: Props) {
  return (
    <Box className="search-bar">
      <Box className="search-row" {...enterWithoutKeypress}>
        <Input
          className="search-input"
          type="text"
          confirmType="search"
          placeholder={allYears ? '检索各年，如：最多跑一次' : '检索全书，如：最多跑一次'}
          value={query}
          maxlength={QUERY_LIMIT}
          onInput={(e) => onInput(e.detail.value)}
          onConfirm={(e) => onSubmit(e.detail.value)}
          aria-label="检索词"
        />
        {query && (
          <Press className="button clear" onClick={onClear} aria-label="清除检索词">
            清除
          </Press>
        )}
      </Box>
      {[...query].length >= QUERY_LIMIT && (
        <Box className="limit-note" role="status">
          检索词最多 {QUERY_LIMIT} 字，超出的部分没有输入
        </Box>
      )}
    </Box>
  );
});
