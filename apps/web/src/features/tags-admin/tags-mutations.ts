import type { TagCreateBody, TagUpdateBody } from '@switchboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

/**
 * Tag changes show everywhere a tag does: the directory's tag list (pickers, filters: `['tags']`) and the calls that
 * carry it (their rows embed its name and colour).
 */
function useInvalidateTags() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['tags'] }),
      queryClient.invalidateQueries({ queryKey: ['calls'] }),
    ]);
}

export function useTagMutations() {
  const invalidate = useInvalidateTags();
  const create = useMutation({
    mutationFn: async (body: TagCreateBody) => (await api('tags.create', { body })).tag,
    onSuccess: invalidate,
  });
  const update = useMutation({
    mutationFn: async ({ tagId, body }: { tagId: number; body: TagUpdateBody }) =>
      (await api('tags.update', { params: { tagId }, body })).tag,
    onSuccess: invalidate,
  });
  const remove = useMutation({
    mutationFn: (tagId: number) => api('tags.delete', { params: { tagId } }),
    onSuccess: invalidate,
  });
  return { create, update, remove };
}
