import { useEffect, useMemo, useState } from 'react';
import type { Placed } from '../../core/volume/model';
import type { Block } from '../../core/volume/types';
import { ensureCategory, fullBlock } from '../../app/library';

/**
 * A block's text: at hand for a small volume, loaded with its category for a large one. A load
 * that fails is `failed` (not "not found": the block exists) and `retry` asks again.
 */
export function useBlockText(stub: Placed | undefined): {
  here?: Placed;
  failed: boolean;
  retry(): void;
} {
  const [text, setText] = useState<Block | undefined>(() => (stub ? fullBlock(stub.block.id) : undefined));
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!stub || text) return;
    let live = true;
    ensureCategory(stub.category.id)
      .then(() => {
        if (!live) return;
        const loaded = fullBlock(stub.block.id);
        if (loaded) setText(loaded);
        else setFailed(true);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
    // `text` is left out: once set, nothing is loaded again.
  }, [stub, attempt]);
  const here = useMemo(() => (stub && text ? { ...stub, block: text } : undefined), [stub, text]);
  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  return { here, failed, retry };
}
