import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { delay, getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { handlers } from '../../mocks/handlers';
import { server, store } from '../../mocks/node';
import type { StoredComment } from '../../mocks/store';
import { BROWSER_DEADLINES, configureApi } from '@/api/url';
import { REFERENCE_SLUG, renderApp } from '../support/render-app';

const ARTICLE = `/articles/${REFERENCE_SLUG}`;
const MINUTE = 60_000;

function seed(comment: Partial<StoredComment> & { id: string }, minutesAgo = 10): void {
  store.addComment(
    {
      articleSlug: REFERENCE_SLUG,
      parentId: null,
      authorName: 'سارة',
      body: `تعليق ${comment.id}`,
      createdAt: new Date(Date.now() - minutesAgo * MINUTE).toISOString(),
      status: 'published',
      ...comment,
    },
    null,
  );
}

/** `count` threads, t1 the oldest. */
function seedThreads(count: number): void {
  for (let i = 1; i <= count; i++) seed({ id: `t${i}`, authorName: `قارئ ${i}` }, count - i + 5);
}

async function openComments(path = ARTICLE) {
  const app = renderApp(path);
  const region = await screen.findByRole('region', { name: /^التعليقات \(\d+\)$/ });
  // The region and its heading come with the article; the rest once the comments' code is in.
  const form = await within(region).findByRole('form', { name: 'الرد كضيف' });
  await waitFor(() => expect(within(region).queryByText('جارٍ التحميل…')).not.toBeInTheDocument());
  return { ...app, region, form };
}

function fields(form: HTMLElement) {
  const scope = within(form);
  return {
    name: scope.getByLabelText('الاسم'),
    email: scope.getByLabelText('البريد الإلكتروني'),
    body: scope.getByLabelText('التعليق'),
    submit: scope.getByRole('button', { name: /^(إرسال|جارٍ الإرسال…)$/ }),
  };
}

function commentsIn(region: HTMLElement) {
  return within(region)
    .queryAllByRole('article')
    .map((article) => article.querySelector(':scope > p[dir="auto"]')?.textContent);
}

/** A guest types a name and a comment and presses «إرسال». */
async function sendAs(user: UserEvent, form: HTMLElement, name: string, body: string) {
  await user.type(fields(form).name, name);
  await user.type(fields(form).body, body);
  await user.click(fields(form).submit);
}

/** Every POST to the comments, with its Idempotency-Key. */
function recordPosts() {
  const keys: (string | null)[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.includes('/comments'))
      keys.push(request.headers.get('Idempotency-Key'));
  });
  return keys;
}

describe('reading comments', () => {
  it('shows the empty text when there are none', async () => {
    const { region } = await openComments();
    expect(region).toHaveAccessibleName('التعليقات (0)');
    expect(within(region).getByText('لا توجد تعليقات حتى الآن')).toBeInTheDocument();
  });

  it('shows each comment with its author, a relative or absolute time and the text as typed', async () => {
    seed({ id: 'a', authorName: 'Ali علي', body: 'السطر الأول\n\n  Second line, مختلط' }, 5);
    seed({ id: 'b', authorName: 'منى', createdAt: '2024-11-20T09:30:00Z' });
    const { region } = await openComments();
    expect(region).toHaveAccessibleName('التعليقات (2)');

    const recent = within(region).getByRole('article', { name: 'Ali علي' });
    expect(within(recent).getByText('Ali علي')).toHaveAttribute('dir', 'auto');
    const time = within(recent).getByText('منذ 5 دقائق');
    expect(time.tagName).toBe('TIME');
    expect(within(recent).getByRole('link', { name: 'منذ 5 دقائق' })).toHaveAttribute('href', '#comment-a');
    const body = within(recent).getByText(/السطر الأول/);
    expect(body.textContent).toBe('السطر الأول\n\n  Second line, مختلط');
    expect(body).toHaveAttribute('dir', 'auto');
    expect(body).toHaveClass('whitespace-pre-wrap');

    const old = within(region).getByRole('article', { name: 'منى' });
    expect(within(old).getByText('20 تشرين الثاني 2024 12:30').tagName).toBe('TIME');
  });

  it('never shows the email of a guest', async () => {
    seed({ id: 'a', authorName: 'سارة', email: 'sara@example.com' });
    const { region } = await openComments();
    expect(within(region).getByRole('article', { name: 'سارة' })).toBeInTheDocument();
    expect(region).not.toHaveTextContent('sara@example.com');
  });

  it('shows replies under their parent, and names whom a reply to a reply answers', async () => {
    seed({ id: 'root', authorName: 'سارة', body: 'الأصل' }, 30);
    seed({ id: 'r1', parentId: 'root', authorName: 'John', body: 'رد أول' }, 20);
    seed({ id: 'r2', parentId: 'root', replyToName: 'John', authorName: 'منى', body: 'رد على جون' }, 10);
    seed({ id: 'other', authorName: 'خالد', body: 'موضوع آخر' }, 40);
    const { region } = await openComments();
    expect(region).toHaveAccessibleName('التعليقات (4)');
    const replies = within(region).getByRole('list', { name: 'الردود على سارة' });
    expect(
      within(replies)
        .getAllByRole('article')
        .map((a) => a.id),
    ).toEqual(['comment-r1', 'comment-r2']);
    const answer = within(replies).getByRole('article', { name: 'منى' });
    expect(answer).toHaveTextContent('ردّاً على John');
    expect(within(answer).getByText('John')).toHaveAttribute('dir', 'auto');
    expect(commentsIn(region)).toEqual(['الأصل', 'رد أول', 'رد على جون', 'موضوع آخر']);
  });

  it('sorts newest first, then oldest first when asked, and remembers the choice', async () => {
    seedThreads(3);
    const { region, user, unmount } = await openComments();
    expect(within(region).getByRole('button', { name: 'الأحدث' })).toHaveAttribute('aria-pressed', 'true');
    expect(commentsIn(region)).toEqual(['تعليق t3', 'تعليق t2', 'تعليق t1']);

    await user.click(within(region).getByRole('button', { name: 'الأقدم' }));
    await waitFor(() => expect(commentsIn(region)).toEqual(['تعليق t1', 'تعليق t2', 'تعليق t3']));
    unmount();

    const again = await openComments();
    expect(within(again.region).getByRole('button', { name: 'الأقدم' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await waitFor(() => expect(commentsIn(again.region)).toEqual(['تعليق t1', 'تعليق t2', 'تعليق t3']));
  });

  it('shows 20 threads, then the rest with «عرض المزيد من التعليقات»', async () => {
    seedThreads(25);
    seed({ id: 'reply', parentId: 't1', body: 'رد على الأقدم' });
    const { region, user } = await openComments();
    expect(region).toHaveAccessibleName('التعليقات (26)');
    expect(within(region).getAllByRole('article')).toHaveLength(20);
    await user.click(within(region).getByRole('button', { name: 'عرض المزيد من التعليقات' }));
    await waitFor(() => expect(within(region).getAllByRole('article')).toHaveLength(26));
    expect(within(region).getByText('رد على الأقدم')).toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: 'عرض المزيد من التعليقات' })).not.toBeInTheDocument();
  });

  it('opens a permalink to a comment on a later page, and focuses and highlights it', async () => {
    seedThreads(45);
    const { region } = await openComments(`${ARTICLE}#comment-t2`);
    const target = await within(region).findByRole('article', { name: 'قارئ 2' }, { timeout: 4000 });
    await waitFor(() => expect(target).toHaveFocus());
    expect(target).toHaveAttribute('data-highlighted', 'true');
    expect(target.id).toBe('comment-t2');
    expect(within(region).getAllByRole('article')).toHaveLength(45);
  });
});

describe('writing as a guest', () => {
  it('posts a comment that shows at once, counts, and keeps the name for the next one', async () => {
    const { region, form, user } = await openComments();
    const { name, email, body, submit } = fields(form);
    const list = within(region).queryByText('لا توجد تعليقات حتى الآن');
    expect(list?.compareDocumentPosition(form)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    await user.type(name, 'Layla ليلى');
    await user.type(email, 'layla@example.com');
    await user.type(body, 'شكراً على التغطية{Enter}سطر ثانٍ');
    expect(within(form).getByText('24 / 2000')).toBeInTheDocument();
    await user.click(submit);

    const posted = await within(region).findByRole('article', { name: 'Layla ليلى' });
    expect(within(posted).getByText(/شكراً/).textContent).toBe('شكراً على التغطية\nسطر ثانٍ');
    await waitFor(() => expect(region).toHaveAccessibleName('التعليقات (1)'));
    expect(within(region).getByText('تم نشر تعليقك')).toHaveAttribute('role', 'status');
    expect(store.comments).toHaveLength(1);
    expect(store.comments[0]).toMatchObject({ authorName: 'Layla ليلى', email: 'layla@example.com' });
    expect(region).not.toHaveTextContent('layla@example.com');

    expect(fields(form).name).toHaveValue('Layla ليلى');
    expect(fields(form).body).toHaveValue('');
  });

  it('disables the button and says «جارٍ الإرسال…» while the comment is on its way', async () => {
    store.updateSettings({ faults: { 'post-comment': { delayMs: 300 } } });
    const { region, form, user } = await openComments();
    await sendAs(user, form, 'سارة', 'مرحباً');
    const button = within(form).getByRole('button', { name: 'جارٍ الإرسال…' });
    expect(button).toBeDisabled();
    const optimistic = within(region).getByRole('article', { name: 'سارة' });
    expect(optimistic).toHaveAttribute('aria-busy', 'true');
    await user.dblClick(button);
    expect(await within(form).findByRole('button', { name: 'إرسال' })).toBeEnabled();
    expect(within(region).getByRole('article', { name: 'سارة' })).not.toHaveAttribute('aria-busy');
    expect(store.comments).toHaveLength(1);
  });

  it('shows Arabic errors beside the fields, announces them and focuses the first invalid field', async () => {
    const { form, user } = await openComments();
    const { name, email, body, submit } = fields(form);
    await user.type(name, 'س');
    await user.type(email, 'not-an-email');
    await user.click(submit);

    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('الاسم قصير جداً: حرفان على الأقل');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('اختياري، لن يظهر للعموم البريد الإلكتروني غير صحيح');
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(body).toHaveAccessibleDescription('0 / 2000 اكتب تعليقك أولاً');
    const live = form.querySelector('[aria-live="assertive"]');
    expect(live).toHaveTextContent('تحقّق من الحقول: الاسم: الاسم قصير جداً: حرفان على الأقل');
    expect(store.comments).toHaveLength(0);

    await user.type(name, 'ارة');
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('focuses the comment when only the comment is missing', async () => {
    const { form, user } = await openComments();
    await sendAs(user, form, 'سارة', '   ');
    await waitFor(() => expect(fields(form).body).toHaveFocus());
    expect(fields(form).body).toHaveAccessibleDescription('3 / 2000 اكتب تعليقك أولاً');
  });

  it("puts the server's field errors (400) on the same fields", async () => {
    server.use(
      http.post('*/api/articles/:slug/comments', () =>
        HttpResponse.json(
          { error: { code: 'invalid-comment', message: 'x', fields: { authorName: 'هذا الاسم محجوز' } } },
          { status: 400 },
        ),
      ),
    );
    const { region, form, user } = await openComments();
    await sendAs(user, form, 'المحرر', 'نص');
    await waitFor(() => expect(fields(form).name).toHaveFocus());
    expect(fields(form).name).toHaveAccessibleDescription('هذا الاسم محجوز');
    expect(fields(form).body).toHaveValue('نص');
    expect(within(region).queryByRole('article')).not.toBeInTheDocument();
  });

  it('rolls the comment back and keeps the text when the server fails, and the retry makes one comment', async () => {
    store.updateSettings({ faults: { 'post-comment': { status: 500, delayMs: 100, times: 1 } } });
    const keys = recordPosts();
    const { region, form, user } = await openComments();
    await sendAs(user, form, 'سارة', 'لن يضيع');
    expect(within(region).getByRole('article', { name: 'سارة' })).toBeInTheDocument();

    expect(await within(form).findByText('تعذّر إرسال التعليق. نصّك محفوظ، أعد المحاولة.')).toBeInTheDocument();
    expect(within(region).queryByRole('article')).not.toBeInTheDocument();
    expect(region).toHaveAccessibleName('التعليقات (0)');
    expect(fields(form).body).toHaveValue('لن يضيع');

    await user.click(fields(form).submit);
    expect(await within(region).findByRole('article', { name: 'سارة' })).toBeInTheDocument();
    await waitFor(() => expect(region).toHaveAccessibleName('التعليقات (1)'));
    expect(store.comments).toHaveLength(1);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('makes one comment when the answer to a post is lost and the post is sent again', async () => {
    server.use(
      http.post(
        '*/api/articles/:slug/comments',
        async ({ request }) => {
          await getResponse(handlers, request.clone());
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const keys = recordPosts();
    const { region, form, user } = await openComments();
    await sendAs(user, form, 'سارة', 'مرة واحدة فقط');
    expect(await within(form).findByText('سيتم الإرسال عند عودة الاتصال')).toBeInTheDocument();
    expect(store.comments).toHaveLength(1);

    await user.click(fields(form).submit);
    expect(await within(region).findByRole('article', { name: 'سارة' })).toBeInTheDocument();
    expect(store.comments).toHaveLength(1);
    expect(within(region).getAllByRole('article')).toHaveLength(1);
    expect(new Set(keys).size).toBe(1);
  });

  it('gives up on a post that hangs: the form is free again, the text kept, and the retry makes one comment', async () => {
    configureApi({ deadlines: { read: 5000, write: 300 } });
    try {
      store.updateSettings({ faults: { 'post-comment': { hang: true, times: 1 } } });
      const keys = recordPosts();
      const { region, form, user } = await openComments();
      await sendAs(user, form, 'سارة', 'لن يعلق');
      expect(
        await within(form).findByText('تعذّر إرسال التعليق. نصّك محفوظ، أعد المحاولة.'),
      ).toBeInTheDocument();
      expect(fields(form).body).toHaveValue('لن يعلق');
      expect(fields(form).body).not.toHaveAttribute('readonly');
      expect(fields(form).submit).toHaveAccessibleName('إرسال');

      await user.click(fields(form).submit);
      expect(await within(region).findByRole('article', { name: 'سارة' })).toBeInTheDocument();
      expect(store.comments).toHaveLength(1);
      expect(new Set(keys).size).toBe(1);
    } finally {
      configureApi({ deadlines: BROWSER_DEADLINES });
    }
  });

  it('remembers the name and email only when asked, and forgets them on «انسَ بياناتي»', async () => {
    const first = await openComments();
    await first.user.type(fields(first.form).email, 'sara@example.com');
    await sendAs(first.user, first.form, 'سارة', 'الأول');
    await within(first.region).findByRole('article', { name: 'سارة' });
    expect(within(first.form).getByRole('checkbox', { name: 'تذكّر بياناتي' })).not.toBeChecked();
    expect(JSON.stringify({ ...localStorage })).not.toContain('sara@example.com');
    expect(fields(first.form).email).toHaveValue('');
    first.unmount();
    sessionStorage.clear(); // a new visit

    const second = await openComments();
    expect(fields(second.form).name).toHaveValue('');
    await second.user.type(fields(second.form).email, 'sara@example.com');
    await second.user.click(within(second.form).getByRole('checkbox', { name: 'تذكّر بياناتي' }));
    await sendAs(second.user, second.form, 'سارة', 'الثاني');
    await waitFor(() => expect(within(second.region).getAllByRole('article')).toHaveLength(2));
    second.unmount();
    sessionStorage.clear();

    const third = await openComments();
    expect(fields(third.form).name).toHaveValue('سارة');
    expect(fields(third.form).email).toHaveValue('sara@example.com');
    expect(within(third.form).getByRole('checkbox', { name: 'تذكّر بياناتي' })).toBeChecked();
    await third.user.click(within(third.form).getByRole('button', { name: 'انسَ بياناتي' }));
    expect(fields(third.form).name).toHaveValue('');
    expect(fields(third.form).email).toHaveValue('');
    expect(JSON.stringify({ ...localStorage })).not.toContain('sara@example.com');
  });

  it('sends again by itself when a post was lost while the browser still says it is online', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      server.use(http.post('*/api/articles/:slug/comments', () => HttpResponse.error(), { once: true }));
      const keys = recordPosts();
      const { region, form, user } = await openComments();
      await sendAs(user, form, 'سارة', 'بلا حدث «online»');
      expect(await within(form).findByText('سيتم الإرسال عند عودة الاتصال')).toBeInTheDocument();
      expect(store.comments).toHaveLength(0);

      await vi.advanceTimersByTimeAsync(15_000);
      expect(await within(region).findByRole('article', { name: 'سارة' })).toBeInTheDocument();
      expect(store.comments).toHaveLength(1);
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when to try again after 429, keeps the text, and lets it be sent after the wait', async () => {
    store.updateSettings({ faults: { 'post-comment': { status: 429, retryAfterSeconds: 2, times: 1 } } });
    const { region, form, user } = await openComments();
    await sendAs(user, form, 'سارة', 'بعد قليل');

    expect(await within(form).findByText('يمكنك المحاولة بعد 2 ثانية')).toBeInTheDocument();
    expect(fields(form).submit).toBeDisabled();
    expect(fields(form).body).toHaveValue('بعد قليل');
    expect(within(region).queryByRole('article')).not.toBeInTheDocument();
    expect(
      await within(form).findByText('يمكنك المحاولة بعد 1 ثانية', {}, { timeout: 2000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(fields(form).submit).toBeEnabled(), { timeout: 3000 });

    await user.click(fields(form).submit);
    expect(await within(region).findByRole('article', { name: 'سارة' })).toBeInTheDocument();
    expect(store.comments).toHaveLength(1);
  }, 10_000);

  it('shows a comment held for moderation to its author only, as «بانتظار المراجعة», not counted', async () => {
    store.updateSettings({ moderation: true });
    const { region, form, user, unmount } = await openComments();
    await sendAs(user, form, 'سارة', 'ينتظر');

    const held = await within(region).findByText('بانتظار المراجعة');
    expect(held.closest('article')).toHaveTextContent('ينتظر');
    expect(within(region).getByText('تم استلام تعليقك وهو بانتظار المراجعة')).toHaveAttribute(
      'role',
      'status',
    );
    expect(region).toHaveAccessibleName('التعليقات (0)');
    expect(store.comments[0]?.status).toBe('pending');
    unmount();

    const again = await openComments();
    expect(again.region).toHaveAccessibleName('التعليقات (0)');
    expect(within(again.region).getByText('بانتظار المراجعة')).toBeInTheDocument();
    expect(within(again.region).getByText('ينتظر')).toBeInTheDocument();

    // Once published, it is the server's: listed and counted, no longer pending.
    store.comments[0]!.status = 'published';
    again.unmount();
    const published = await openComments();
    expect(published.region).toHaveAccessibleName('التعليقات (1)');
    expect(within(published.region).queryByText('بانتظار المراجعة')).not.toBeInTheDocument();
    expect(within(published.region).getAllByRole('article')).toHaveLength(1);
  });

  it('waits offline, says so, and sends once when the connection returns', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    const keys = recordPosts();
    const { region, form, user } = await openComments();
    await sendAs(user, form, 'سارة', 'كُتب في النفق');
    expect(await within(form).findByText('سيتم الإرسال عند عودة الاتصال')).toBeInTheDocument();
    // The author sees it in the thread, marked as waiting, and not yet counted.
    const queued = within(region).getByRole('article', { name: 'سارة' });
    expect(queued).toHaveTextContent('كُتب في النفق');
    expect(queued).toHaveTextContent('في انتظار الاتصال');
    expect(region).toHaveAccessibleName('التعليقات (0)');
    expect(keys).toHaveLength(0);

    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(region).toHaveAccessibleName('التعليقات (1)'));
    const sent = within(region).getByRole('article', { name: 'سارة' });
    expect(sent).toHaveTextContent('كُتب في النفق');
    expect(sent).not.toHaveTextContent('في انتظار الاتصال');
    window.dispatchEvent(new Event('online'));
    expect(within(form).queryByText('سيتم الإرسال عند عودة الاتصال')).not.toBeInTheDocument();
    expect(store.comments).toHaveLength(1);
    expect(keys).toHaveLength(1);
  });

  it('an edit of a queued comment withdraws it: the edited text goes once, under a new key', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    const keys = recordPosts();
    const { region, form, user } = await openComments();
    await sendAs(user, form, 'سارة', 'الأول');
    expect(await within(form).findByText('سيتم الإرسال عند عودة الاتصال')).toBeInTheDocument();
    expect(within(region).getByRole('article', { name: 'سارة' })).toHaveTextContent('في انتظار الاتصال');

    await user.type(fields(form).body, ' بعد التعديل');
    // Withdrawn: out of the thread, no longer waiting, the button free for the edit.
    await waitFor(() =>
      expect(within(region).queryByRole('article', { name: 'سارة' })).not.toBeInTheDocument(),
    );
    expect(within(form).queryByText('سيتم الإرسال عند عودة الاتصال')).not.toBeInTheDocument();
    await user.click(fields(form).submit);
    expect(await within(form).findByText('سيتم الإرسال عند عودة الاتصال')).toBeInTheDocument();

    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(region).toHaveAccessibleName('التعليقات (1)'));
    expect(store.comments.map((comment) => comment.body)).toEqual(['الأول بعد التعديل']);
    expect(keys).toHaveLength(1);
    expect(fields(form).body).toHaveValue('');
  });

  it('sends a comment left waiting offline when the page opens again online', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const first = await openComments();
    await first.user.type(fields(first.form).name, 'سارة');
    await first.user.type(fields(first.form).body, 'أُغلقت الصفحة');
    await first.user.click(fields(first.form).submit);
    expect(await within(first.form).findByText('سيتم الإرسال عند عودة الاتصال')).toBeInTheDocument();
    first.unmount();

    onLine.mockReturnValue(true);
    // The comments are still on their way when the waiting comment goes, as on a real network.
    store.updateSettings({ faults: { comments: { delayMs: 200 } } });
    const again = await openComments();
    expect(await within(again.region).findByRole('article', { name: 'سارة' })).toBeInTheDocument();
    expect(store.comments).toHaveLength(1);
  });

  it('keeps the draft of the form and of a reply across a remount', async () => {
    seed({ id: 'root', authorName: 'منى' });
    const first = await openComments();
    await first.user.type(fields(first.form).name, 'سارة');
    await first.user.type(fields(first.form).email, 'sara@example.com');
    await first.user.type(fields(first.form).body, 'مسودة لم تُرسل');
    const comment = within(first.region).getByRole('article', { name: 'منى' });
    await first.user.click(within(comment).getByRole('button', { name: 'رد' }));
    const replyForm = within(first.region).getByRole('form', { name: 'الرد على منى' });
    await first.user.type(fields(replyForm).body, 'رد محفوظ');
    first.unmount();

    const again = await openComments();

    expect(fields(again.form).name).toHaveValue('سارة');
    expect(fields(again.form).email).toHaveValue('sara@example.com');
    expect(fields(again.form).body).toHaveValue('مسودة لم تُرسل');
    const root = within(again.region).getByRole('article', { name: 'منى' });
    await again.user.click(within(root).getByRole('button', { name: 'رد' }));
    const reply = within(again.region).getByRole('form', { name: 'الرد على منى' });
    expect(fields(reply).body).toHaveValue('رد محفوظ');
    expect(fields(reply).name).toHaveValue('سارة');
  });

  it('replies under a comment with «رد», and cancels back to the button', async () => {
    seed({ id: 'root', authorName: 'منى', body: 'الأصل' }, 30);
    seed({ id: 'r1', parentId: 'root', authorName: 'John', body: 'رد أول' }, 20);
    const { region, user } = await openComments();

    const root = within(region).getByRole('article', { name: 'منى' });
    const replyButton = within(root).getByRole('button', { name: 'رد' });
    await user.click(replyButton);
    expect(replyButton).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(region).getByRole('button', { name: 'إلغاء الرد' }));
    expect(within(region).queryByRole('form', { name: 'الرد على منى' })).not.toBeInTheDocument();
    expect(replyButton).toHaveFocus();

    const reply = within(region).getByRole('article', { name: 'John' });
    await user.click(within(reply).getByRole('button', { name: 'رد' }));
    const form = within(region).getByRole('form', { name: 'الرد على John' });
    await sendAs(user, form, 'سارة', 'أوافقك');

    const replies = within(region).getByRole('list', { name: 'الردود على منى' });
    const posted = await within(replies).findByRole('article', { name: 'سارة' });
    expect(posted).toHaveTextContent('ردّاً على John');
    await waitFor(() => expect(region).toHaveAccessibleName('التعليقات (3)'));
    expect(within(region).queryByRole('form', { name: 'الرد على John' })).not.toBeInTheDocument();
    expect(store.comments.at(-1)).toMatchObject({ parentId: 'root', replyToName: 'John' });
  });

  it('a refused comment takes only itself out, not a reply sent meanwhile', async () => {
    seed({ id: 'root', authorName: 'منى', body: 'أصل النقاش' }, 30);
    server.use(
      http.post('*/api/articles/:slug/comments', async ({ request }) => {
        const input = (await request.clone().json()) as { parentId?: string };
        if (input.parentId) return getResponse(handlers, request);
        await delay(300);
        return HttpResponse.json({ error: { code: 'server', message: 'down' } }, { status: 500 });
      }),
    );
    const { region, form, user } = await openComments();
    await user.click(
      within(within(region).getByRole('article', { name: 'منى' })).getByRole('button', { name: 'رد' }),
    );
    const replyForm = within(region).getByRole('form', { name: 'الرد على منى' });
    await user.type(fields(replyForm).name, 'سارة');
    await user.type(fields(replyForm).body, 'رد يبقى');
    await user.type(fields(form).name, 'علي');
    await user.type(fields(form).body, 'يرفضه الخادم');

    await user.click(fields(form).submit);
    await user.click(fields(replyForm).submit);
    const replies = within(region).getByRole('list', { name: 'الردود على منى' });
    expect(await within(replies).findByRole('article', { name: 'سارة' })).toBeInTheDocument();

    expect(await within(form).findByText('تعذّر إرسال التعليق. نصّك محفوظ، أعد المحاولة.')).toBeInTheDocument();
    expect(within(region).queryByRole('article', { name: 'علي' })).not.toBeInTheDocument();
    expect(within(replies).getByRole('article', { name: 'سارة' })).toBeInTheDocument();
  });

  it('hides the honeypot from people, and a post that fills it is refused', async () => {
    const { region, form, user } = await openComments();
    const trap = form.querySelector<HTMLInputElement>('input[name="website"]');
    expect(trap).not.toBeNull();
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(within(form).queryByRole('textbox', { name: 'اترك هذا الحقل فارغاً' })).not.toBeInTheDocument();

    await user.type(fields(form).name, 'Bot');
    await user.type(fields(form).body, 'buy now');
    await user.tab();
    expect(trap).not.toHaveFocus();
    fireEvent.change(trap!, { target: { value: 'http://spam.example' } });
    await user.click(fields(form).submit);
    expect(await within(form).findByText('تعذّر إرسال التعليق. نصّك محفوظ، أعد المحاولة.')).toBeInTheDocument();
    expect(store.comments).toHaveLength(0);
    expect(within(region).queryByRole('article')).not.toBeInTheDocument();
  });
});
