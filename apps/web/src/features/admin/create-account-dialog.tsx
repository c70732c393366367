import type { Role } from '@switchboard/contracts';
import { UserPlus } from 'lucide-react';
import { useState } from 'react';
import { DialogActions, FormDialog } from '../../components/form-dialog';
import { Button } from '../../components/ui/button';
import { Field, FormError } from '../../components/ui/field';
import { Input, Select } from '../../components/ui/input';
import { ApiError, describeError } from '../../lib/api-client';
import { notify } from '../../lib/notify';
import { roleLabels } from './accounts-table';
import { useAccountMutations } from './admin-queries';

/** The contracts' rule (NIST SP 800-63B): long, no composition rules. */
const minPasswordLength = 12;
/** A light check before sending; the BFF applies the full rule. */
const looksLikeEmail = (text: string) => /^\S+@\S+\.\S+$/.test(text.trim());

export function CreateAccountDialog() {
  const { create } = useAccountMutations();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const emailProblem = submitted && !looksLikeEmail(email) ? 'An email address like jane@example.com.' : undefined;
  const passwordProblem =
    submitted && password.length < minPasswordLength ? `At least ${minPasswordLength} characters.` : undefined;
  const fieldErrors = create.error instanceof ApiError ? create.error.fieldErrors : {};
  const conflict = create.error instanceof ApiError && create.error.status === 409 ? create.error.message : undefined;
  const formError =
    create.error && !conflict && Object.keys(fieldErrors).length === 0 ? describeError(create.error) : null;

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setEmail('');
        setRole('agent');
        setPassword('');
        setSubmitted(false);
        create.reset();
      }}
      title="Create an account"
      description="The account is linked to the Aircall user with the same email, if there is one."
      trigger={
        <Button variant="primary">
          <UserPlus aria-hidden />
          New account
        </Button>
      }
    >
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          if (!looksLikeEmail(email) || password.length < minPasswordLength) return;
          create.mutate(
            { email: email.trim(), role, password },
            {
              onSuccess: (account) => {
                notify.success(`${account.email} can now sign in.`);
                setOpen(false);
              },
            },
          );
        }}
      >
        <Field label="Email" error={emailProblem ?? fieldErrors.email ?? conflict}>
          {(control) => (
            <Input
              {...control}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field label="Role" hint="Agents handle calls; supervisors also manage teams and campaigns; admins everything.">
          {(control) => (
            <Select {...control} value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {Object.entries(roleLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          label="Initial password"
          error={passwordProblem ?? fieldErrors.password}
          hint={`At least ${minPasswordLength} characters; share it privately.`}
        >
          {(control) => (
            <Input
              {...control}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <FormError>{formError}</FormError>
        <DialogActions submitLabel="Create account" pending={create.isPending} />
      </form>
    </FormDialog>
  );
}
