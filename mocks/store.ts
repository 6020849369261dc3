/**
 * The in-memory database behind every mock: articles, tags, comments, push subscriptions, readers'
 * Core Web Vitals reports and the switches (mode, moderation, per-route faults) that let a
 * developer see every state. The browser, the tests and the HTTP server each hold one of these.
 */
import type { Article, Tag } from '../src/api/schemas';
import type { Comment } from '../src/api/comment-schemas';
import type { PushSubscriptionJson } from '../src/api/push-schemas';
import type { VitalsReport } from '../src/api/vitals-schemas';
import { referenceArticle } from './data/reference-article';
import { breakingSlug, sampleArticles, tags as sampleTags } from './data/sample-articles';

export type MockMode = 'normal' | 'slow' | 'fail' | 'empty';
export const MOCK_MODES: readonly MockMode[] = ['normal', 'slow', 'fail', 'empty'];

/** The routes a fault can be injected into. */
export const ROUTE_IDS = [
  'articles',
  'article',
  'tag',
  'comments',
  'post-comment',
  'weather',
  'push-key',
  'push-subscribe',
  'push-unsubscribe',
  'vitals',
  'sections',
  'search',
  'related',
  'most-read',
  'views',
  'breaking',
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** One injected fault. `times` limits how many requests it hits (then the route recovers). */
export type Fault = {
  status?: number;
  delayMs?: number;
  /** Drop the connection: the client sees a network error. */
  drop?: boolean;
  /** Accept the request and never answer (until the client gives up). */
  hang?: boolean;
  /** Answer at once, then send the body a few bytes a second. */
  trickle?: boolean;
  /** Answer 200 with a body that is not JSON, or JSON that breaks the contract. */
  badBody?: 'not-json' | 'schema';
  retryAfterSeconds?: number;
  times?: number;
};

export type MockSettings = {
  mode: MockMode;
  /** Delay added to every answer in `slow` mode. */
  slowDelayMs: number;
  /** New comments wait for moderation (`status: "pending"`). */
  moderation: boolean;
  /** Whether there is breaking news (the sample's breaking story); off: `GET /api/breaking` is null. */
  breaking: boolean;
  faults: Partial<Record<RouteId, Fault | null>>;
};

export const defaultSettings = (): MockSettings => ({
  mode: 'normal',
  slowDelayMs: 2500,
  moderation: false,
  breaking: true,
  faults: {},
});

export type StoredComment = Comment & { articleSlug: string; email?: string };

/** One page view's report, as the browser sent it, and when it came. */
export type StoredVitals = VitalsReport & { receivedAt: string };

/** The most vitals reports kept: the oldest go first, so a dev server left running stays small. */
export const MAX_VITALS_REPORTS = 1000;

export type StoreSnapshot = {
  comments: StoredComment[];
  idempotency: Record<string, string>;
  /** Absent in snapshots saved before the mock kept vitals. */
  vitals?: StoredVitals[];
  /** Absent in snapshots saved before the mock counted views. */
  views?: ArticleView[];
};

/** One counted view of an article: which, and when (epoch ms). */
export type ArticleView = { slug: string; at: number };

/** The views kept: the most-read list counts the last 24 hours. */
export const MAX_VIEWS = 5000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The sections in the navigation, in order: the site's main tags. */
export const SECTION_SLUGS = ['iraq', 'kurdistan', 'economy', 'sports', 'culture'] as const;

/**
 * Views as if readers had come in the last hours, so «الأكثر قراءة» has an order from the start:
 * spread over the last 20 hours, more for some stories than others.
 */
function seedViews(now: number): ArticleView[] {
  const counts: Record<string, number> = {
    'erbil-fc-league-win': 9,
    'dinar-exchange-rate-stable': 7,
    'duhok-dam-water-levels': 6,
    'kurdistan-tourism-season': 4,
    'erbil-spring-book-fair': 3,
    'basra-port-expansion': 2,
    'mosul-library-reopens': 1,
  };
  return Object.entries(counts).flatMap(([slug, count]) =>
    Array.from({ length: count }, (_, index) => ({ slug, at: now - (index + 1) * 2 * 60 * 60 * 1000 })),
  );
}

export class MockStore {
  articles: Article[];
  tags: Map<string, Tag>;
  comments: StoredComment[] = [];
  /** Idempotency-Key → id of the comment it created. */
  idempotency = new Map<string, string>();
  /** Every comment POST that reached the mock, in order (`GET /__mocks/comment-posts`): tests count them. */
  commentPosts: { articleSlug: string; idempotencyKey: string | null; body: unknown }[] = [];
  /** Posts per client, for the rate limit. */
  recentPosts: number[] = [];
  pushSubscriptions = new Map<string, PushSubscriptionJson>();
  vitals: StoredVitals[] = [];
  views: ArticleView[] = seedViews(Date.now());
  settings: MockSettings = defaultSettings();
  private nextId = 1;
  private listeners = new Set<() => void>();

  constructor() {
    this.articles = [referenceArticle, ...sampleArticles].sort((a, b) =>
      b.publishedAt.localeCompare(a.publishedAt),
    );
    this.tags = new Map(Object.values(sampleTags).map((tag) => [tag.slug, tag]));
  }

  /** Back to the seed: no comments, normal mode. Tests call this between cases. */
  reset(): void {
    this.comments = [];
    this.commentPosts = [];
    this.idempotency.clear();
    this.recentPosts = [];
    this.pushSubscriptions.clear();
    this.vitals = [];
    this.views = seedViews(Date.now());
    this.settings = defaultSettings();
    this.nextId = 1;
    this.notify();
  }

  article(slug: string): Article | undefined {
    const article = this.articles.find((candidate) => candidate.slug === slug);
    return article && { ...article, commentCount: this.publishedCount(slug) };
  }

  publishedCount(articleSlug: string): number {
    return this.comments.filter((c) => c.articleSlug === articleSlug && c.status === 'published').length;
  }

  newCommentId(): string {
    let id: string;
    do id = `c${this.nextId++}`;
    while (this.comments.some((comment) => comment.id === id));
    return id;
  }

  addComment(comment: StoredComment, idempotencyKey: string | null): void {
    this.comments.push(comment);
    if (idempotencyKey) this.idempotency.set(idempotencyKey, comment.id);
    this.notify();
  }

  addVitals(report: StoredVitals): void {
    this.vitals.push(report);
    if (this.vitals.length > MAX_VITALS_REPORTS)
      this.vitals.splice(0, this.vitals.length - MAX_VITALS_REPORTS);
    this.notify();
  }

  /** The main sections, for the navigation. */
  sections(): Tag[] {
    return SECTION_SLUGS.flatMap((slug) => this.tags.get(slug) ?? []);
  }

  /** The story the breaking bar links to, when the switch is on. */
  breaking(): { slug: string; title: string } | null {
    if (!this.settings.breaking || this.settings.mode === 'empty') return null;
    const article = this.articles.find((candidate) => candidate.slug === breakingSlug);
    return article ? { slug: article.slug, title: article.title } : null;
  }

  addView(slug: string, at = Date.now()): void {
    this.views.push({ slug, at });
    if (this.views.length > MAX_VIEWS) this.views.splice(0, this.views.length - MAX_VIEWS);
    this.notify();
  }

  /** Up to `limit` articles by their views in the last 24 hours, most first (ties: newest first). */
  mostRead(limit = 5, now = Date.now()): Article[] {
    const counts = new Map<string, number>();
    for (const view of this.views) {
      if (now - view.at <= DAY_MS) counts.set(view.slug, (counts.get(view.slug) ?? 0) + 1);
    }
    // this.articles is newest first, and the sort is stable.
    return this.articles
      .filter((article) => counts.has(article.slug))
      .sort((a, b) => (counts.get(b.slug) ?? 0) - (counts.get(a.slug) ?? 0))
      .slice(0, limit);
  }

  /** Up to `limit` other articles that share a tag with this one, newest first. */
  related(slug: string, limit = 4): Article[] {
    const article = this.articles.find((candidate) => candidate.slug === slug);
    if (!article) return [];
    const tags = new Set(article.tags.map((tag) => tag.slug));
    return this.articles
      .filter((other) => other.slug !== slug && other.tags.some((tag) => tags.has(tag.slug)))
      .slice(0, limit);
  }

  /** Takes one use of a route's fault, if any is set. */
  takeFault(route: RouteId): Fault | undefined {
    const fault = this.settings.faults[route];
    if (!fault) return undefined;
    if (fault.times !== undefined) {
      if (fault.times <= 1) delete this.settings.faults[route];
      else this.settings.faults[route] = { ...fault, times: fault.times - 1 };
    }
    return fault;
  }

  updateSettings(patch: Partial<MockSettings>): MockSettings {
    this.settings = { ...this.settings, ...patch, faults: { ...this.settings.faults, ...patch.faults } };
    for (const [route, fault] of Object.entries(this.settings.faults)) {
      if (!fault) delete this.settings.faults[route as RouteId];
    }
    this.notify();
    return this.settings;
  }

  snapshot(): StoreSnapshot {
    return {
      comments: this.comments,
      idempotency: Object.fromEntries(this.idempotency),
      vitals: this.vitals,
      views: this.views,
    };
  }

  restore(snapshot: StoreSnapshot): void {
    this.comments = snapshot.comments;
    this.idempotency = new Map(Object.entries(snapshot.idempotency));
    this.vitals = snapshot.vitals ?? [];
    if (snapshot.views) this.views = snapshot.views;
  }

  /** Called after every change, so the browser worker can keep guests' posts (and vitals) in storage. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

export const store = new MockStore();
