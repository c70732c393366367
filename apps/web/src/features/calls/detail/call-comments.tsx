import type { CallDetail } from '@switchboard/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Field, FormError } from '../../../components/ui/field';
import { Textarea } from '../../../components/ui/input';
import { ApiError, describeError, useContracts } from '../../../lib/api-client';
import { formatTimestamp, toIsoString } from '../../../lib/format';
import { useAddComment } from '../call-mutations';

/** Comments, at most five per call (Aircall's rule), which cannot be edited or deleted: the counter says so. */
export function CallComments({ call, autoFocus = false }: { call: CallDetail; autoFocus?: boolean }) {
  const { limits } = useContracts();
  const [content, setContent] = useState('');
  const addComment = useAddComment(call.id);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  const full = call.comments.length >= limits.commentsPerCall;
  const fieldError = addComment.error instanceof ApiError ? addComment.error.fieldErrors.content : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    addComment.mutate(content, { onSuccess: () => setContent('') });
  };

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {call.comments.length} of {limits.commentsPerCall} comments
      </p>
      {call.comments.length > 0 && (
        <ul className="flex flex-col gap-2">
          {call.comments.map((comment) => (
            <li
              key={comment.id ?? `pending ${comment.postedAt} ${comment.content}`}
              className="rounded-md border border-border bg-card px-3 py-2 text-sm"
            >
              <p className="whitespace-pre-wrap">{comment.content}</p>
              <p className="mt-1 text-xs text-muted-foreground">
                {comment.postedBy?.name ?? comment.postedVia?.email ?? 'Posted through the API'} ·{' '}
                <time dateTime={toIsoString(comment.postedAt)}>{formatTimestamp(comment.postedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <p className="rounded-md bg-muted px-3 py-2 text-sm">
          This call has the {limits.commentsPerCall} comments Aircall allows. Comments cannot be edited or deleted.
        </p>
      ) : (
        <form onSubmit={submit} className="flex flex-col gap-2">
          {addComment.error && !fieldError && <FormError>{describeError(addComment.error)}</FormError>}
          <Field
            label="New comment"
            error={fieldError}
            hint={`${content.length} / ${limits.commentLength} characters. Comments cannot be edited afterwards.`}
          >
            {(control) => (
              <Textarea
                {...control}
                ref={inputRef}
                value={content}
                maxLength={limits.commentLength}
                onChange={(event) => setContent(event.target.value)}
              />
            )}
          </Field>
          <Button
            type="submit"
            variant="primary"
            className="self-start"
            disabled={content.trim() === '' || addComment.isPending}
          >
            {addComment.isPending ? 'Posting…' : 'Post comment'}
          </Button>
        </form>
      )}
    </div>
  );
}
