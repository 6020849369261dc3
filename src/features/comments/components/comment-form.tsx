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
import { isApiError } from '@/api/client';
import {
  COMMENT_BODY_MAX,
  countCharacters,
  NewCommentSchema,
  type Comment,
  type NewCommentField,
} from '@/api/comment-schemas';
import { useOnlineStatus } from '@/hooks/use-online-status';
import { arComments, arForm } from '@/i18n/ar-comments';
import {
  forgetGuest,
  readDraft,
  readGuestName,
  readRememberedGuest,
  saveDraft,
  type CommentDraft,
} from '@/lib/comment-storage';
import { usePostComment } from '../api/post-comment';
import { useRetryCountdown, type RetryWindow } from '../hooks/use-retry-countdown';
import { buttonClasses } from '@/components/ui/button-classes';

const FIELDS: readonly NewCommentField[] = ['authorName', 'email', 'body'];
type FieldErrors = Partial<Record<NewCommentField, string>>;
/** What the form says after a send; a draft waiting for the connection says so from `draft.queued`. */
type Notice = { kind: 'failed' } | { kind: 'rate'; window: RetryWindow } | null;

/** How often a draft that failed on a connection the browser calls online is sent again. */
const QUEUED_RETRY_MS = 15_000;

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
  const mutation = usePostComment();
  const online = useOnlineStatus();
  const secondsLeft = useRetryCountdown(notice?.kind === 'rate' ? notice.window : null);
  const inFlight = useRef(false);
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
    if (inFlight.current) return;
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
    if (!navigator.onLine) {
      persist({ ...current, idempotencyKey, queued: true });
      setNotice(null);
      return;
    }
    const sending = { ...current, idempotencyKey, queued: false };
    persist(sending);
    setNotice(null);
    inFlight.current = true;
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
          if (isApiError(error) && error.kind === 'network') {
            persist({ ...sending, queued: true });
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
          inFlight.current = false;
        },
      },
    );
  };

  const sendQueued = useEffectEvent(() => {
    if (draft.queued && navigator.onLine) send(draft);
  });
  // A draft waiting for the connection goes once it is back, without the reader doing anything;
  // one left waiting when the page closed goes as soon as the form is back online.
  useEffect(() => {
    const onOnline = () => sendQueued();
    window.addEventListener('online', onOnline);
    const atMount = setTimeout(onOnline, 0);
    return () => {
      window.removeEventListener('online', onOnline);
      clearTimeout(atMount);
    };
  }, []);
  // A connection that failed while the browser still called itself online brings no «online»
  // event: such a draft is tried again every little while, with the same key.
  useEffect(() => {
    if (!draft.queued || !online) return;
    const retry = setInterval(sendQueued, QUEUED_RETRY_MS);
    return () => clearInterval(retry);
  }, [draft.queued, online]);

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

  const sending = mutation.isPending;
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
        {draft.queued
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
