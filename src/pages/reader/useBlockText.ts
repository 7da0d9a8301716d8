import { useEffect, useMemo, useState } from 'react';
import type { Placed } from '../../core/volume/model';
import type { Block } from '../../core/volume/types';
import type { VolumeLibrary } from '../../app/volumes';

/**
 * A block's text: at hand for a small volume, loaded with its category for a large one. A load
 * that fails is `failed` (not "not found": the block exists) and `retry` asks again.
 */
export function useBlockText(
  library: VolumeLibrary | undefined,
  stub: Placed | undefined,
): {
  here?: Placed;
  failed: boolean;
  retry(): void;
} {
  const [text, setText] = useState<Block | undefined>(() =>
    stub ? library?.fullBlock(stub.block.id) : undefined,
  );
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!library || !stub || text?.id === stub.block.id) return;
    let live = true;
    library
      .ensureCategory(stub.category.id)
      .then(() => {
        if (!live) return;
        const loaded = library.fullBlock(stub.block.id);
        if (loaded) setText(loaded);
        else setFailed(true);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
    // `text` is left out: once set, nothing is loaded again.
  }, [library, stub, attempt]);
  const here = useMemo(
    () => (stub && text?.id === stub.block.id ? { ...stub, block: text } : undefined),
    [stub, text],
  );
  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  return { here, failed, retry };
}
