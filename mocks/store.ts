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
import { sampleArticles, tags as sampleTags } from './data/sample-articles';

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
  faults: Partial<Record<RouteId, Fault | null>>;
};

export const defaultSettings = (): MockSettings => ({
  mode: 'normal',
  slowDelayMs: 2500,
  moderation: false,
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
};

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
    };
  }

  restore(snapshot: StoreSnapshot): void {
    this.comments = snapshot.comments;
    this.idempotency = new Map(Object.entries(snapshot.idempotency));
    this.vitals = snapshot.vitals ?? [];
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
