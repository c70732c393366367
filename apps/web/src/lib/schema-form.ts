import { zodResolver } from '@hookform/resolvers/zod';
import { type FieldValues, type Path, type UseFormReturn, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from './api-client';

/** A rule as the contracts and the BFF word it ("can't be blank"), as a sentence beside a field. */
export const ruleSentence = (rule: string) =>
  `${rule.charAt(0).toUpperCase()}${rule.slice(1)}${/[.!?]$/.test(rule) ? '' : '.'}`;

/**
 * A react-hook-form form checked by a zod schema (the contracts' own, so the form and the BFF apply the same
 * rules): checked on submit, then again as the person corrects a field. Show a field's message with `ruleSentence`.
 */
export function useSchemaForm<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodType<Output, Input>,
  defaultValues: Input,
) {
  return useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: defaultValues as never,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
}

/**
 * Puts the BFF's 400 field errors beside the fields they name; answers whether one of them was for a field of this
 * form (the form then shows no message of its own for that error).
 */
export function showFieldErrors<Values extends FieldValues>(
  form: Pick<UseFormReturn<Values>, 'getValues' | 'setError'>,
  error: unknown,
): boolean {
  if (!(error instanceof ApiError)) return false;
  const fields = Object.keys(form.getValues());
  let shown = false;
  for (const [field, rule] of Object.entries(error.fieldErrors)) {
    if (!fields.includes(field)) continue;
    form.setError(field as Path<Values>, { type: 'server', message: ruleSentence(rule) });
    shown = true;
  }
  return shown;
}
