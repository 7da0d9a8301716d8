import { ScrollView } from '@tarojs/components';
import { useLayoutEffect, useRef } from 'react';
import { Box } from '../../components/plain';
import { FIRST_SCREEN } from './session';

interface Props<T> {
  label: string;
  all: string;
  items: T[];
  chosen?: string;
  shown: number;
  onChoose(id: string | undefined): void;
}

const h5 = process.env.TARO_ENV === 'h5';
/** Room left beside a chip scrolled into view, so the reader sees there is more on that side. */
const MARGIN = 24;

/** The chips drawn: on the first paint only the first few, but never without the chosen one. */
function drawn<T extends { id: string }>(items: T[], chosen: string | undefined, shown: number): T[] {
  if (shown > FIRST_SCREEN) return items;
  const at = items.findIndex((c) => c.id === chosen);
  return items.slice(0, Math.max(3, at + 1));
}

/**
 * In H5, scroll the row sideways (only sideways: the page stays put) until the chosen chip shows. It
 * is measured in the next animation frame, before that frame is painted: measuring in the render's
 * own task made the browser lay out the whole new answer there and again for the frame (issue 14's
 * profile: about a third of a later search's time at 4× throttling).
 */
function useChosenInView(chosen: string | undefined, count: number) {
  const row = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!h5) return undefined;
    const frame = requestAnimationFrame(() => {
      const el = row.current;
      const chip = el?.querySelector<HTMLElement>('.chip.on');
      if (!el || !chip) return;
      const r = el.getBoundingClientRect();
      const c = chip.getBoundingClientRect();
      if (c.left < r.left) el.scrollLeft += c.left - r.left - MARGIN;
      else if (c.right > r.right) el.scrollLeft += c.right - r.right + MARGIN;
    });
    return () => cancelAnimationFrame(frame);
  }, [chosen, count]);
  return row;
}

/**
 * One row of chips that scrolls sideways; the first paint holds what the screen shows of it. The
 * chosen chip stays drawn and is scrolled into view: a tapped chip far along the row does not vanish
 * while the answer is redrawn (in H5 by the row's scrollLeft; in the mini-program by its ScrollView's
 * scrollIntoView).
 */
export function ChipRow<T extends { id: string; label: string }>(props: Props<T>) {
  const { label, all, items, chosen, shown, onChoose } = props;
  const list = drawn(items, chosen, shown);
  const row = useChosenInView(chosen, list.length);
  const at = list.findIndex((c) => c.id === chosen);
  const chips = [
    <Box
      key="\u0000all"
      id="chip-all"
      className={`chip ${chosen ? '' : 'on'}`}
      role="tab"
      aria-selected={!chosen}
      onClick={() => onChoose(undefined)}
    >
      {all}
    </Box>,
    ...list.map((c, i) => (
      <Box
        key={c.id}
        // By place: section ids need not be valid element ids.
        id={`chip-${i}`}
        className={`chip ${chosen === c.id ? 'on' : ''}`}
        role="tab"
        aria-selected={chosen === c.id}
        data-id={c.id}
        onClick={() => onChoose(c.id)}
      >
        {c.label}
      </Box>
    )),
  ];
  if (h5)
    return (
      <div ref={row} className="chips sections" role="tablist" aria-label={label}>
        {chips}
      </div>
    );
  return (
    <ScrollView
      scrollX
      enableFlex
      scrollWithAnimation
      scrollIntoView={at >= 0 ? `chip-${at}` : 'chip-all'}
      className="chips sections"
      aria-label={label}
    >
      {chips}
    </ScrollView>
  );
}
