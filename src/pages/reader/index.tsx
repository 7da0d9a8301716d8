import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { NotFound } from '../../components/NotFound';
import { LoadFailed } from '../../components/LoadFailed';
import { blockAsText, copyWithCitation } from '../../core/reader/citation';
import { decodeParam, readerTarget, readerUrl, type ReaderTarget } from '../../core/reader/deepLink';
import type { Placed } from '../../core/volume/model';
import { neighbours } from '../../core/reader/navigation';
import { pageOf } from '../../core/reader/pageView';
import { stepFont } from '../../core/reader/settings';
import { sectionCredits } from '../../core/volume/credits';
import { textParts } from '../../core/volume/model';
import { useVolume, type VolumeStatus } from '../../app/useVolume';
import { volumeOf } from '../../app/volumes';
import { useSettings } from '../../app/useSettings';
import { copyText } from '../../platform/clipboard';
import { EntryView } from './EntryView';
import { HitBar } from './HitBar';
import { Neighbours } from './Neighbours';
import { PageView } from './PageView';
import { ParagraphSheet } from './ParagraphSheet';
import { BARS } from './scroll';
import { titleOf } from './titleOf';
import { Toolbar } from './Toolbar';
import { useBlockText } from './useBlockText';
import { useBookmark } from './useBookmark';
import { useHitCursor } from './useHitCursor';
import { useOpening } from './useOpening';
import { usePageView } from './usePageView';
import { useProgress } from './useProgress';
import { useHits } from './useHits';
import { useShare } from './useShare';
import { VolumeGate } from './VolumeGate';
import { Wayfinding } from './Wayfinding';
import { shortVolumeLabel } from '../../core/shelf/volumeLabel';
import './index.scss';

let opened = 0;

/** Opened from Moments (scene 1154) a page stands alone: no navigation, so none is offered. */
function singlePageMode(): boolean {
  try {
    return Taro.getLaunchOptionsSync?.().scene === 1154;
  } catch {
    return false;
  }
}

/** 条目阅读 and 页面浏览 of one block: the hooks coordinate, this draws. */
export default function Reader() {
  const router = useRouter();
  const target = useMemo(() => readerTarget(router.params ?? {}), [router.params]);
  const volumeStatus = useVolume(target?.volume, target?.volumeCode);
  const library = volumeStatus.kind === 'ready' ? volumeStatus.library : undefined;
  const stub = target && library?.findPlaced(target.id);
  // The reader's own root id: every scroll looks for its anchors inside it only.
  const [scope] = useState(() => `reader-${++opened}`);
  const { settings, update, night, fontSize } = useSettings();
  const { here, failed, retry } = useBlockText(library, stub);
  const hits = useHits(here, target?.query);
  const covered = BARS.head + (hits?.total ? BARS.hitBar : 0);
  const title = stub ? titleOf(stub.block) : (library?.volume.title ?? '');
  const cursor = useHitCursor(hits?.total ?? 0, scope, covered);
  const view = usePageView(library, here, scope, covered, BARS.head + BARS.hitBar);
  const { bookmarked, toggle } = useBookmark(library, stub, title);
  const [selected, setSelected] = useState<number>();
  const single = useMemo(singlePageMode, []);
  useOpening(library, here, hits, target, scope, covered, title);
  useProgress(library, here, title, view.mode === 'entry');
  useShare(library, here, title);
  const root = `page reader ${night ? 'night' : ''}`;
  const early = notReady({
    target,
    volumeStatus,
    stub,
    failed,
    retry,
    ready: !!here && !!hits,
    params: router.params,
  });
  if (early || !here || !hits || !library) return <View className={root}>{early}</View>;

  const { block } = here;
  const credit = sectionCredits(here.section).get(block.id);
  const place = { block, category: here.category.title, section: here.section.title, credit };
  const go = (id: string) => Taro.redirectTo({ url: readerUrl({ id, volume: volumeOf(library) }) });
  const copyPart = (index: number) => {
    const text = textParts(block).find((p) => p.index === index)?.text ?? '';
    copyText(copyWithCitation(text, library.volume, { ...place, part: index }), '已复制本段及出处');
    setSelected(undefined);
  };
  return (
    <View id={scope} className={root} style={{ fontSize }}>
      <View className="reader-head">
        <Wayfinding
          position={here.order + 1}
          count={library.placed.length}
          single={single}
          volume={volumeOf(library)}
          label={shortVolumeLabel(library.volume)}
        />
        <Toolbar
          night={night}
          bookmarked={bookmarked}
          mode={view.mode}
          onFont={(step) => update(stepFont(settings, step))}
          onNight={() => update({ ...settings, theme: night ? 'light' : 'dark' })}
          onBookmark={toggle}
          onCopy={() =>
            copyText(copyWithCitation(blockAsText(block), library.volume, place), '已复制全文及出处')
          }
          onMode={() => view.toggle(selected ?? target?.paragraph ?? hits.partOf(cursor.current))}
        />
      </View>
      {view.mode === 'entry' && hits.total > 0 && (
        <HitBar query={target?.query ?? ''} total={hits.total} {...cursor} />
      )}
      {view.page ? (
        <PageView
          page={view.page}
          index={view.pageIndex}
          count={view.count}
          onTurn={view.turn}
          onOpen={(id) => (id === block.id ? view.backToEntry() : go(id))}
        />
      ) : (
        <EntryView
          placed={here}
          hits={hits}
          current={cursor.current}
          credit={credit}
          signedAfter={
            credit && !credit.own ? titleOf(library.findPlaced(credit.signedAfter)!.block) : undefined
          }
          selected={selected}
          onSelect={setSelected}
        />
      )}
      {view.mode === 'entry' && !single && <Neighbours {...neighbours(library.placed, block.id)} onGo={go} />}
      {single && <Text className="single-note">{library.volume.title} · 在小程序中打开可浏览全书</Text>}
      {selected !== undefined && view.mode === 'entry' && (
        <ParagraphSheet
          page={pageOf(block, selected)}
          onCopy={() => copyPart(selected)}
          onReadPage={() => (setSelected(undefined), view.openPage(selected))}
          onClose={() => setSelected(undefined)}
        />
      )}
    </View>
  );
}

interface Pending {
  target: ReaderTarget | undefined;
  volumeStatus: VolumeStatus;
  stub: Placed | undefined;
  failed: boolean;
  retry: () => void;
  ready: boolean;
  params: Record<string, unknown> | undefined;
}

/** What shows until the block can be read: its volume's state, "not found", a failed load, or loading. */
function notReady({ target, volumeStatus, stub, failed, retry, ready, params }: Pending) {
  if (target && volumeStatus.kind !== 'ready') return <VolumeGate status={volumeStatus} target={target} />;
  if (!stub) return <NotFound id={target?.id ?? rawId(params)} route={routeAsked(params)} />;
  if (failed) return <LoadFailed what={stub.category.title} onRetry={async () => retry()} />;
  if (!ready) return <Text className="loading" aria-live="polite">{`正在载入${stub.category.title}……`}</Text>;
  return undefined;
}

/** The page address an unknown route asked for (app.tsx sends it here). */
function routeAsked(params: Record<string, unknown> | undefined): string | undefined {
  return decodeParam(params?.route).slice(0, 60) || undefined;
}

/** The id a link carried, shown (cut short) on the "not found" page; never run as markup. */
function rawId(params: Record<string, unknown> | undefined): string | undefined {
  const raw = params?.id ?? params?.scene;
  return typeof raw === 'string' ? decodeParam(raw).slice(0, 40) : undefined;
}
