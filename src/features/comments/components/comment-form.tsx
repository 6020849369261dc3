import {
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent,
} from 'react';
import { onlineManager, useMutationState, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/client';
import {
  COMMENT_BODY_MAX,
  countCharacters,
  NewCommentSchema,
  type Comment,
  type NewCommentField,
} from '@/api/comment-schemas';
import { arComments, arForm } from '@/i18n/ar-comments';
import {
  forgetGuest,
  readDraft,
  readGuestName,
  readPostOutcome,
  readRememberedGuest,
  saveDraft,
  type CommentDraft,
} from '@/lib/comment-storage';
import {
  unsettledPosts,
  withdrawQueuedPost,
  usePostComment,
  WithdrawnPostError,
  type PostCommentVariables,
} from '../api/post-comment';
import { commentKeys } from '../api/keys';
import { useRetryCountdown, type RetryWindow } from '../hooks/use-retry-countdown';
import { buttonClasses } from '@/components/ui/button-classes';

const FIELDS: readonly NewCommentField[] = ['authorName', 'email', 'body'];
type FieldErrors = Partial<Record<NewCommentField, string>>;
/** What the form says after a send; a post waiting for the connection says so from the query client's queue. */
type Notice = { kind: 'failed' } | { kind: 'rate'; window: RetryWindow } | null;

const isField = (name: string): name is NewCommentField => (FIELDS as readonly string[]).includes(name);

function initialDraft(slug: string, parentId: string | null): CommentDraft {
  const draft = readDraft(slug, parentId);
  if (draft.authorName) return draft;
  // The remembered details, the name of an earlier comment of this visit, or the name being typed
  // in the article's own form.
  return {
    ...draft,
    authorName: readGuestName() || (parentId ? readDraft(slug, null).authorName : ''),
    email: draft.email || (readRememberedGuest()?.email ?? ''),
  };
}

type CommentFormProps = {
  slug: string;
  /** The comment answered, or null for a new thread. */
  replyTo: Comment | null;
  onPosted: (comment: Comment) => void;
  onCancel?: () => void;
};

/**
 * The guest form, «الرد كضيف» or «الرد على …». Every keystroke is kept as a draft for this article
 * and parent; a post carries the draft's Idempotency-Key, so retries never make a second comment.
 */
export function CommentForm({ slug, replyTo, onPosted, onCancel }: CommentFormProps) {
  const parentId = replyTo?.id ?? null;
  const [draft, setDraft] = useState(() => initialDraft(slug, parentId));
  // «تذكّر بياناتي»: off unless the guest asked before on this device.
  const [remembered, setRemembered] = useState(() => readRememberedGuest() !== null);
  const [remember, setRemember] = useState(remembered);
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [focusRequest, setFocusRequest] = useState<{ field: NewCommentField } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const queryClient = useQueryClient();
  const mutation = usePostComment();
  // This draft's posts in the query client's queue (this form's, one restored after the tab was
  // closed, or one queued again from the draft): waiting for the connection, or on their way.
  const posts = useMutationState({
    filters: {
      mutationKey: commentKeys.post(),
      status: 'pending',
      predicate: (candidate) =>
        draft.idempotencyKey !== null &&
        (candidate.state.variables as PostCommentVariables | undefined)?.idempotencyKey ===
          draft.idempotencyKey,
    },
    select: (candidate) => ({ paused: candidate.state.isPaused, failures: candidate.state.failureCount }),
  });
  const waiting = posts.some((post) => post.paused || post.failures > 0);
  const onItsWay = posts.some((post) => !post.paused && post.failures === 0);
  const secondsLeft = useRetryCountdown(notice?.kind === 'rate' ? notice.window : null);
  /** The key of the post this form sent last, until it settles. */
  const inFlight = useRef<string | null>(null);
  const id = useId();
  const ids = useMemo(
    () => ({
      heading: `${id}-heading`,
      authorName: `${id}-name`,
      email: `${id}-email`,
      emailHint: `${id}-email-hint`,
      body: `${id}-body`,
      counter: `${id}-counter`,
      remember: `${id}-remember`,
      website: `${id}-website`,
      error: (field: NewCommentField) => `${id}-${field}-error`,
    }),
    [id],
  );

  const persist = (next: CommentDraft) => {
    setDraft(next);
    saveDraft(slug, parentId, next);
  };

  const change = (field: NewCommentField, value: string) => {
    // An edit of a queued draft withdraws the queued post: the new text goes under a new key.
    if (draft.queued && draft.idempotencyKey) {
      withdrawQueuedPost(queryClient, slug, draft.idempotencyKey);
      mutation.reset();
      persist({ ...draft, [field]: value, idempotencyKey: null, queued: false });
      if (errors[field]) setErrors(({ [field]: _cleared, ...rest }) => rest);
      return;
    }
    persist({ ...draft, [field]: value });
    if (errors[field]) setErrors(({ [field]: _cleared, ...rest }) => rest);
  };

  const showErrors = (next: FieldErrors) => {
    setErrors(next);
    const first = FIELDS.find((field) => next[field]);
    if (first) setFocusRequest({ field: first });
  };

  useEffect(() => {
    if (focusRequest) document.getElementById(ids[focusRequest.field])?.focus();
  }, [focusRequest, ids]);

  const send = (current: CommentDraft) => {
    // A post on its way is not sent twice; one waiting for a retry may be sent now, under its key.
    // (A withdrawn post has left the queue: the form is free for the edit.)
    if (!waiting && inFlight.current && unsettledPosts(queryClient, inFlight.current).length > 0) return;
    const parsed = NewCommentSchema.safeParse({
      authorName: current.authorName,
      email: current.email,
      body: current.body,
      parentId,
    });
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        if (isField(field)) next[field] ??= issue.message;
      }
      showErrors(next);
      return;
    }
    setErrors({});
    const idempotencyKey = current.idempotencyKey ?? crypto.randomUUID();
    // Already queued offline under this key: it goes when the connection returns.
    if (!navigator.onLine && unsettledPosts(queryClient, idempotencyKey).length > 0) return;
    // The browser's word on the connection, at the moment of the post: offline, TanStack Query
    // holds it (paused) and sends it when the connection returns, from whichever page is open.
    onlineManager.setOnline(navigator.onLine);
    const sending = { ...current, idempotencyKey, queued: true };
    persist(sending);
    setNotice(null);
    inFlight.current = idempotencyKey;
    mutation.mutate(
      {
        slug,
        idempotencyKey,
        replyTo,
        remember,
        input: {
          authorName: parsed.data.authorName,
          ...(parsed.data.email ? { email: parsed.data.email } : {}),
          body: current.body,
          ...(parentId ? { parentId } : {}),
          ...(website ? { website } : {}),
        },
      },
      {
        onSuccess: (comment) => {
          followed.current = idempotencyKey;
          setDraft({
            ...readDraft(slug, parentId),
            authorName: parsed.data.authorName,
            email: remember ? (parsed.data.email ?? '') : '',
          });
          setRemembered(remember);
          setNotice(null);
          onPosted(comment);
        },
        onError: (error) => {
          if (error instanceof WithdrawnPostError) return;
          persist({ ...readDraft(slug, parentId), queued: false });
          if (isApiError(error) && error.kind === 'network') {
            setNotice({ kind: 'failed' });
          } else if (isApiError(error) && error.status === 429) {
            const from = Date.now();
            setNotice({
              kind: 'rate',
              window: { from, until: from + (error.retryAfterSeconds ?? 30) * 1000 },
            });
          } else if (isApiError(error) && Object.keys(error.fields).some(isField)) {
            const next: FieldErrors = {};
            for (const [field, message] of Object.entries(error.fields))
              if (isField(field)) next[field] = message;
            showErrors(next);
          } else {
            setNotice({ kind: 'failed' });
          }
        },
        onSettled: () => {
          inFlight.current = null;
        },
      },
    );
  };

  // This draft's queued post and the draft itself kept in step: at the form's start, a draft queued
  // on this device that no post of this client holds (the page closed before its queue was stored)
  // is queued again under its key; a post of this draft that settled elsewhere (another tab sent
  // it, or the client resumed it) ends the draft here too.
  const followed = useRef<string | null>(null);
  const reconcile = useEffectEvent((atStart: boolean) => {
    const key = draft.idempotencyKey;
    if (!draft.queued || !key || followed.current === key) return;
    // The browser's word on the connection as the form opens (no event may have told it yet).
    if (atStart) onlineManager.setOnline(navigator.onLine);
    if (unsettledPosts(queryClient, key).length > 0) return;
    const outcome = readPostOutcome(key);
    if (outcome && 'comment' in outcome) {
      followed.current = key;
      setDraft({ ...readDraft(slug, parentId), authorName: draft.authorName });
      onPosted(outcome.comment);
    } else if (atStart && !outcome) {
      send(draft);
    }
  });
  useEffect(() => {
    const atStart = setTimeout(() => reconcile(true), 0);
    return () => clearTimeout(atStart);
  }, []);
  useEffect(() => {
    if (posts.length > 0) return;
    const settled = setTimeout(() => reconcile(false), 0);
    return () => clearTimeout(settled);
  }, [posts.length]);

  const forget = () => {
    forgetGuest();
    setRemembered(false);
    setRemember(false);
    persist({ ...draft, authorName: '', email: '' });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (secondsLeft > 0) return;
    send(draft);
  };

  const sending = onItsWay;
  const used = countCharacters(draft.body);
  const errorSummary = FIELDS.filter((field) => errors[field])
    .map((field) => `${labelOf(field)}: ${errors[field]}`)
    .join('، ');
  const describedBy = (field: NewCommentField, ...extra: string[]) =>
    [...extra, errors[field] ? ids.error(field) : ''].filter(Boolean).join(' ') || undefined;

  const inputClass =
    'mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 aria-invalid:border-red-700 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:aria-invalid:border-red-400';
  const errorClass = 'mt-1 text-sm font-bold text-red-800 dark:text-red-300';

  /** What every field's control shares: its id, its value in the draft, its error and focus. */
  const controlProps = (field: NewCommentField, ...describedByExtra: string[]) => ({
    id: ids[field],
    name: field,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': describedBy(field, ...describedByExtra),
    value: draft[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      change(field, event.target.value),
    readOnly: sending,
  });
  const fieldError = (field: NewCommentField) =>
    errors[field] && (
      <p id={ids.error(field)} className={errorClass}>
        {errors[field]}
      </p>
    );

  return (
    <form
      noValidate
      aria-labelledby={ids.heading}
      onSubmit={onSubmit}
      className="relative mt-6 space-y-4 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <h3 id={ids.heading} className="text-lg font-bold">
        {replyTo ? (
          <>
            {arForm.replyHeadingLabel} <span dir="auto">{replyTo.authorName}</span>
          </>
        ) : (
          arForm.heading
        )}
      </h3>

      <div>
        <label htmlFor={ids.authorName} className="font-bold">
          {arForm.name}
        </label>
        <input
          {...controlProps('authorName')}
          type="text"
          dir="auto"
          autoComplete="name"
          required
          className={inputClass}
        />
        {fieldError('authorName')}
      </div>

      <div>
        <label htmlFor={ids.email} className="font-bold">
          {arForm.email}
        </label>
        <input
          {...controlProps('email', ids.emailHint)}
          type="email"
          dir="ltr"
          autoComplete="email"
          className={`${inputClass} text-start`}
        />
        <p id={ids.emailHint} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {arForm.emailHint}
        </p>
        {fieldError('email')}
      </div>

      <div>
        <label htmlFor={ids.body} className="font-bold">
          {arForm.body}
        </label>
        <textarea
          {...controlProps('body', ids.counter)}
          dir="auto"
          rows={4}
          required
          className={`${inputClass} resize-y whitespace-pre-wrap`}
        />
        <p
          id={ids.counter}
          className={`mt-1 text-sm tabular-nums ${used > COMMENT_BODY_MAX ? 'font-bold text-red-800 dark:text-red-300' : 'text-stone-600 dark:text-stone-400'}`}
        >
          {arForm.counter(used, COMMENT_BODY_MAX)}
        </p>
        {fieldError('body')}
      </div>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label htmlFor={ids.remember} className="flex min-h-11 items-center gap-2">
          <input
            id={ids.remember}
            type="checkbox"
            checked={remember}
            onChange={(event) => setRemember(event.target.checked)}
            disabled={sending}
            className="size-5 accent-brand"
          />
          {arForm.remember}
        </label>
        {remembered && (
          <button type="button" onClick={forget} disabled={sending} className={buttonClasses.secondary}>
            {arForm.forget}
          </button>
        )}
      </div>

      {/* The honeypot: out of sight, out of the tab order and of the accessibility tree. */}
      <div aria-hidden="true" inert className="absolute -start-[9999px] top-0 h-px w-px overflow-hidden">
        <label htmlFor={ids.website}>{arForm.honeypot}</label>
        <input
          id={ids.website}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={website}
          onChange={(event) => setWebsite(event.target.value)}
        />
      </div>

      <div aria-live="assertive" className="sr-only">
        {errorSummary ? `${arForm.fixErrors} ${errorSummary}` : ''}
      </div>
      <p role="status" className="text-sm font-bold text-amber-900 empty:hidden dark:text-amber-200">
        {waiting
          ? arForm.willSendOnline
          : notice?.kind === 'rate' && secondsLeft > 0
            ? arForm.retryAfter(secondsLeft)
            : notice?.kind === 'failed'
              ? arForm.sendFailed
              : ''}
      </p>

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={sending || secondsLeft > 0}
          className={`${buttonClasses.primary} disabled:cursor-not-allowed`}
        >
          {sending ? arComments.sending : arForm.submit}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className={buttonClasses.secondary}>
            {arComments.cancelReply}
          </button>
        )}
      </div>
    </form>
  );
}

function labelOf(field: NewCommentField): string {
  return field === 'authorName' ? arForm.name : field === 'email' ? arForm.email : arForm.body;
}
