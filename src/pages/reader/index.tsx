import { Text, View } from '@tarojs/components';
import Taro, {
  useDidHide,
  usePageScroll,
  useRouter,
  useShareAppMessage,
  useShareTimeline,
  useUnload,
} from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Press } from '../../components/plain';
import { NotFound } from '../../components/NotFound';
import { LoadFailed } from '../../components/LoadFailed';
import { blockAsText, copyWithCitation } from '../../core/reader/citation';
import { readerTarget, readerUrl } from '../../core/reader/deepLink';
import { neighbours } from '../../core/reader/navigation';
import { pageOf, printedPages, type PrintedPage } from '../../core/reader/pageView';
import { loadProgress, saveProgress } from '../../core/reader/progress';
import { stepFont } from '../../core/reader/settings';
import { StorageError } from '../../core/reader/storage';
import { blockTitle, textParts } from '../../core/volume/model';
import {
  ensureCategory,
  findPlaced,
  fullBlock,
  getBookmarks,
  loadedPlaced,
  placed as allPlaced,
  queryForms,
  queryFormsNow,
  volume,
} from '../../app/library';
import { useSettings } from '../../app/useSettings';
import { copyText } from '../../platform/clipboard';
import { taroStorage } from '../../platform/storage';
import { EntryView } from './EntryView';
import { hitMap } from './hits';
import { PageView } from './PageView';
import './index.scss';

const NO_FORMS: string[] = [];

/** Opened from Moments (scene 1154) a page stands alone: no navigation, so none is offered. */
function singlePageMode(): boolean {
  try {
    return Taro.getLaunchOptionsSync?.().scene === 1154;
  } catch {
    return false;
  }
}

export default function Reader() {
  const router = useRouter();
  const target = useMemo(() => readerTarget(router.params ?? {}), [router.params]);
  const stub = target && findPlaced(target.id);
  // The block's text: at hand for a small volume, loaded with its category for a large one.
  const [text, setText] = useState(() => (stub ? fullBlock(stub.block.id) : undefined));
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!stub || text) return;
    ensureCategory(stub.category.id)
      .then(() => setText(fullBlock(stub.block.id)))
      .catch(() => setFailed(true));
  }, [stub, text]);
  const here = useMemo(() => (stub && text ? { ...stub, block: text } : undefined), [stub, text]);
  // The page view shows the category (chapter) the block belongs to, as printed.
  // Built when the reader first turns to the page view, not each time an entry opens.
  const pagesOf = useRef<{ category?: string; pages: PrintedPage[] }>({ pages: [] });
  const printed = (): PrintedPage[] => {
    if (here && pagesOf.current.category !== here.category.id)
      pagesOf.current = { category: here.category.id, pages: printedPages(loadedPlaced(here.category.id)) };
    return pagesOf.current.pages;
  };
  const { settings, update, night, fontSize } = useSettings();
  const [mode, setMode] = useState<'entry' | 'page'>('entry');
  const [pageIndex, setPageIndex] = useState(0);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [hit, setHit] = useState(0);
  const [bookmarked, setBookmarked] = useState(() => !!stub && getBookmarks().has(stub.block.id));
  const scrollTop = useRef(0);
  // The query's forms need the search engine; in H5 it may not be loaded yet (a link with a query).
  // Derived, not set: an entry opened without a query must not draw (and scroll) twice.
  const query = target?.query;
  const [fetched, setFetched] = useState<{ query: string; forms: string[] }>();
  const forms = useMemo(
    () =>
      !query ? NO_FORMS : (queryFormsNow(query) ?? (fetched?.query === query ? fetched.forms : undefined)),
    [query, fetched],
  );
  useEffect(() => {
    if (query && !forms)
      queryForms(query)
        .then((loaded) => setFetched({ query, forms: loaded }))
        .catch(() => setFetched({ query, forms: NO_FORMS }));
  }, [query, forms]);
  const hits = useMemo(() => (here && forms ? hitMap(here.block, forms) : undefined), [here, forms]);
  const single = useMemo(singlePageMode, []);

  usePageScroll((e) => (scrollTop.current = e.scrollTop));
  const remember = () => {
    if (here)
      saveProgress(taroStorage, {
        id: here.block.id,
        title: titleOf(here.block),
        scrollTop: scrollTop.current,
        at: Date.now(),
      });
  };
  useDidHide(remember);
  useUnload(remember);
  useShareAppMessage(() => ({
    title: here ? titleOf(here.block) : volume.title,
    path: here ? readerUrl({ id: here.block.id }) : '/pages/index/index',
  }));
  useShareTimeline(() => ({
    title: here ? `${titleOf(here.block)} · ${volume.title}` : volume.title,
    query: here ? `id=${here.block.id}` : '',
  }));

  useEffect(() => {
    if (!here) return;
    Taro.setNavigationBarTitle({ title: titleOf(here.block) }).catch(() => undefined);
    // Open at the matching paragraph, or where the reader stopped last time.
    Taro.nextTick(() => {
      setTimeout(() => {
        if (target?.paragraph !== undefined || (hits && hits.total > 0)) {
          const part = hits && hits.total > 0 ? hits.partOf(0) : target?.paragraph;
          Taro.pageScrollTo({
            selector: hits && hits.total > 0 ? '#hit-0' : `#part-${part}`,
            duration: 0,
            offsetTop: -80,
          } as Taro.pageScrollTo.Option).catch(() => undefined);
        } else {
          const progress = loadProgress(taroStorage);
          if (progress?.id === here.block.id && progress.scrollTop > 0)
            Taro.pageScrollTo({ scrollTop: progress.scrollTop, duration: 0 });
        }
      }, 50);
    });
  }, [here, target, hits]);

  if (stub && ((!here && !failed) || (here && !hits))) {
    return (
      <View className={`page reader ${night ? 'night' : ''}`}>
        <Text className="loading" aria-live="polite">
          正在载入{stub.category.title}……
        </Text>
      </View>
    );
  }
  // The text could not be loaded (no network, a package missing): say so and offer 重试, in place.
  if (stub && failed && !here)
    return (
      <View className={`page reader ${night ? 'night' : ''}`}>
        <LoadFailed
          what={stub.category.title}
          onRetry={() =>
            ensureCategory(stub.category.id).then(() => {
              setFailed(false);
              setText(fullBlock(stub.block.id));
            })
          }
        />
      </View>
    );
  if (!here || !hits)
    return (
      <View className={`page reader ${night ? 'night' : ''}`}>
        <NotFound id={target?.id ?? decodeId(router.params)} />
      </View>
    );
  const { block } = here;
  const { previous, next } = neighbours(allPlaced, block.id);
  const go = (id: string) => Taro.redirectTo({ url: readerUrl({ id }) });
  const showPage = (page: number) => {
    setPageIndex(
      Math.max(
        0,
        printed().findIndex((p) => p.page === page),
      ),
    );
    setMode('page');
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
  };
  const step = (delta: number) => {
    const n = (hit + delta + hits.total) % hits.total;
    setHit(n);
    Taro.pageScrollTo({
      selector: `#hit-${n}`,
      duration: 200,
      offsetTop: -80,
    } as Taro.pageScrollTo.Option).catch(() => undefined);
  };
  const toggleBookmark = () => {
    try {
      const now = getBookmarks().toggle({
        id: block.id,
        kind: block.kind,
        title: titleOf(block),
        category: here.category.title,
        section: here.section.title,
        addedAt: Date.now(),
      });
      setBookmarked(now);
      Taro.showToast({ title: now ? '已收藏' : '已取消收藏', icon: 'none' });
    } catch (error) {
      Taro.showModal({
        title: '未能收藏',
        content: error instanceof StorageError ? `${error.message}。已有的收藏都还在。` : String(error),
        showCancel: false,
      });
    }
  };
  const place = { block, category: here.category.title, section: here.section.title };
  const partText = (index: number) => textParts(block).find((p) => p.index === index)?.text ?? '';

  return (
    <View className={`page reader ${night ? 'night' : ''}`} style={{ fontSize }}>
      <View className="toolbar" role="toolbar" aria-label="阅读设置">
        <Press className="tool" onClick={() => update(stepFont(settings, -1))} aria-label="缩小字号">
          A−
        </Press>
        <Press className="tool" onClick={() => update(stepFont(settings, 1))} aria-label="放大字号">
          A+
        </Press>
        <Press
          className="tool"
          onClick={() => update({ ...settings, theme: night ? 'light' : 'dark' })}
          aria-label={night ? '日间模式' : '夜间模式'}
        >
          {night ? '日间' : '夜间'}
        </Press>
        <Press
          className={`tool ${bookmarked ? 'on' : ''}`}
          onClick={toggleBookmark}
          aria-label={bookmarked ? '取消收藏' : '收藏'}
        >
          {bookmarked ? '★ 已收藏' : '☆ 收藏'}
        </Press>
        <Press
          className="tool"
          onClick={() => copyText(copyWithCitation(blockAsText(block), volume, place), '已复制全文及出处')}
          aria-label="复制全文（附出处）"
        >
          复制
        </Press>
        <Press
          className="tool"
          onClick={() =>
            mode === 'entry' ? showPage(pageOf(block, selected ?? target?.paragraph ?? 0)) : setMode('entry')
          }
          aria-label={mode === 'entry' ? '页面浏览' : '条目阅读'}
        >
          {mode === 'entry' ? '原页' : '条目'}
        </Press>
      </View>
      {hits.total > 0 && mode === 'entry' && (
        <View className="hit-bar" aria-live="polite">
          <Text>
            “{target?.query}” 第 {hit + 1} / {hits.total} 处
          </Text>
          <Press className="tool" onClick={() => step(-1)} aria-label="上一处">
            ‹
          </Press>
          <Press className="tool" onClick={() => step(1)} aria-label="下一处">
            ›
          </Press>
        </View>
      )}
      {mode === 'entry' ? (
        <EntryView
          placed={here}
          hits={hits}
          selected={selected}
          onSelect={setSelected}
          onCopyPart={(index) =>
            copyText(copyWithCitation(partText(index), volume, place), '已复制本段及出处')
          }
          onReadPage={(index) => showPage(pageOf(block, index))}
        />
      ) : (
        <PageView
          page={printed()[pageIndex]}
          index={pageIndex}
          count={printed().length}
          onTurn={(d) => setPageIndex(Math.min(printed().length - 1, Math.max(0, pageIndex + d)))}
          onOpen={(id) => (id === block.id ? setMode('entry') : go(id))}
        />
      )}
      {mode === 'entry' && !single && (
        <View className="neighbours">
          {previous ? (
            <Press
              className="button"
              onClick={() => go(previous.block.id)}
              aria-label={`上一条：${titleOf(previous.block)}`}
            >
              ‹ {titleOf(previous.block)}
            </Press>
          ) : (
            <View />
          )}
          {next ? (
            <Press
              className="button"
              onClick={() => go(next.block.id)}
              aria-label={`下一条：${titleOf(next.block)}`}
            >
              {titleOf(next.block)} ›
            </Press>
          ) : (
            <View />
          )}
        </View>
      )}
      {single && <Text className="single-note">{volume.title} · 在小程序中打开可浏览全书</Text>}
    </View>
  );
}

function titleOf(block: Parameters<typeof blockTitle>[0]): string {
  return block.kind === 'entry' ? block.title : blockTitle(block);
}

function decodeId(params: Record<string, unknown> | undefined): string | undefined {
  const raw = params?.id ?? params?.scene;
  if (typeof raw !== 'string') return undefined;
  try {
    return decodeURIComponent(raw).slice(0, 40);
  } catch {
    return raw.slice(0, 40);
  }
}
