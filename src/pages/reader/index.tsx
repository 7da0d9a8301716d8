import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { NotFound } from '../../components/NotFound';
import { LoadFailed } from '../../components/LoadFailed';
import { blockAsText, copyWithCitation } from '../../core/reader/citation';
import { decodeParam, readerTarget, readerUrl } from '../../core/reader/deepLink';
import { neighbours } from '../../core/reader/navigation';
import { pageOf } from '../../core/reader/pageView';
import { stepFont } from '../../core/reader/settings';
import { sectionCredits } from '../../core/volume/credits';
import { textParts } from '../../core/volume/model';
import { findPlaced, placed as allPlaced, volume } from '../../app/library';
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
import { Wayfinding } from './Wayfinding';
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
  const stub = target && findPlaced(target.id);
  // The reader's own root id: every scroll looks for its anchors inside it only.
  const [scope] = useState(() => `reader-${++opened}`);
  const { settings, update, night, fontSize } = useSettings();
  const { here, failed, retry } = useBlockText(stub);
  const hits = useHits(here, target?.query);
  const covered = BARS.toolbar + (hits?.total ? BARS.hitBar : 0);
  const title = stub ? titleOf(stub.block) : volume.title;
  const cursor = useHitCursor(hits?.total ?? 0, scope, covered);
  const view = usePageView(here, scope, covered, BARS.toolbar + BARS.hitBar);
  const { bookmarked, toggle } = useBookmark(stub, title);
  const [selected, setSelected] = useState<number>();
  const single = useMemo(singlePageMode, []);
  useOpening(here, hits, target, scope, covered, title);
  useProgress(here, title, view.mode === 'entry');
  useShare(here, title);
  const root = `page reader ${night ? 'night' : ''}`;
  if (!stub)
    return (
      <View className={root}>
        {<NotFound id={target?.id ?? rawId(router.params)} route={routeAsked(router.params)} />}
      </View>
    );
  if (failed)
    return (
      <View className={root}>
        <LoadFailed what={stub.category.title} onRetry={async () => retry()} />
      </View>
    );
  if (!here || !hits)
    return (
      <View className={root}>
        <Text className="loading" aria-live="polite">{`正在载入${stub.category.title}……`}</Text>
      </View>
    );

  const { block } = here;
  const credit = sectionCredits(here.section).get(block.id);
  const place = { block, category: here.category.title, section: here.section.title, credit };
  const go = (id: string) => Taro.redirectTo({ url: readerUrl({ id }) });
  const copyPart = (index: number) => {
    const text = textParts(block).find((p) => p.index === index)?.text ?? '';
    copyText(copyWithCitation(text, volume, { ...place, part: index }), '已复制本段及出处');
    setSelected(undefined);
  };
  return (
    <View id={scope} className={root} style={{ fontSize }}>
      <Wayfinding position={here.order + 1} count={allPlaced.length} single={single} />
      <Toolbar
        night={night}
        bookmarked={bookmarked}
        mode={view.mode}
        onFont={(step) => update(stepFont(settings, step))}
        onNight={() => update({ ...settings, theme: night ? 'light' : 'dark' })}
        onBookmark={toggle}
        onCopy={() => copyText(copyWithCitation(blockAsText(block), volume, place), '已复制全文及出处')}
        onMode={() => view.toggle(selected ?? target?.paragraph ?? hits.partOf(cursor.current))}
      />
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
          signedAfter={credit && !credit.own ? titleOf(findPlaced(credit.signedAfter)!.block) : undefined}
          selected={selected}
          onSelect={setSelected}
        />
      )}
      {view.mode === 'entry' && !single && <Neighbours {...neighbours(allPlaced, block.id)} onGo={go} />}
      {single && <Text className="single-note">{volume.title} · 在小程序中打开可浏览全书</Text>}
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

/** The page address an unknown route asked for (app.tsx sends it here). */
function routeAsked(params: Record<string, unknown> | undefined): string | undefined {
  return decodeParam(params?.route).slice(0, 60) || undefined;
}

/** The id a link carried, shown (cut short) on the "not found" page; never run as markup. */
function rawId(params: Record<string, unknown> | undefined): string | undefined {
  const raw = params?.id ?? params?.scene;
  return typeof raw === 'string' ? decodeParam(raw).slice(0, 40) : undefined;
}
