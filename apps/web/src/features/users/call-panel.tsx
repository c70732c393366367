import type { UserDetail } from '@switchboard/contracts';
import { Phone, PhoneForwarded } from 'lucide-react';
import { useState } from 'react';
import { availabilityLabels } from '../../components/availability';
import { Button } from '../../components/ui/button';
import { Field, FormError } from '../../components/ui/field';
import { Input, Select } from '../../components/ui/input';
import { describeError } from '../../lib/api-client';
import { notify } from '../../lib/notify';
import { countryOf, parsePhone } from '../../lib/phone';
import { usePhoneActions } from './users-queries';

/**
 * Click-to-call (Aircall rings the user's phone, then dials) and click-to-dial (the number lands on their keypad).
 * The number is read in the country of the line it goes out from, and sent in E.164 as Aircall requires.
 * Imports libphonenumber-js: pages load it lazily (`lazy-call-panel`).
 */
export default function CallPanel({ user }: { user: UserDetail }) {
  const [numberId, setNumberId] = useState(user.defaultNumberId ?? user.numbers[0]?.id);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const { startCall, dial } = usePhoneActions(user.id);

  const line = user.numbers.find((number) => number.id === numberId);
  const e164 = text.trim() === '' ? null : (parsePhone(text, countryOf(line?.digits))?.number ?? null);
  const numberProblem =
    submitted && e164 === null
      ? 'Not a valid phone number: include the country code, like +44 20 7946 0958.'
      : undefined;
  const busy = user.availability !== 'available';
  const failed = startCall.error ?? dial.error;

  const run = (action: 'call' | 'dial') => {
    setSubmitted(true);
    if (!e164) return;
    startCall.reset();
    dial.reset();
    if (action === 'call' && line) {
      startCall.mutate(
        { numberId: line.id, to: e164 },
        { onSuccess: () => notify.success(`Calling ${e164} from ${user.name}’s phone.`) },
      );
    } else {
      dial.mutate(e164, { onSuccess: () => notify.success(`${e164} is on ${user.name}’s keypad.`) });
    }
  };

  if (user.numbers.length === 0) {
    return <p className="p-4 text-sm text-muted-foreground">{user.name} has no Aircall number to call from.</p>;
  }
  return (
    <form
      noValidate
      aria-label="Call from this user’s phone"
      className="flex flex-col gap-4 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        run('call');
      }}
    >
      <Field label="From number">
        {(control) => (
          <Select {...control} value={numberId} onChange={(event) => setNumberId(Number(event.target.value))}>
            {user.numbers.map((number) => (
              <option key={number.id} value={number.id}>
                {number.name} ({number.digits})
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label="Number to call"
        error={numberProblem}
        hint={e164 ? `Will dial ${e164}` : 'National numbers are read in the country of the line above.'}
      >
        {(control) => (
          <Input
            {...control}
            type="tel"
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      {busy && (
        <p className="text-xs text-muted-foreground">
          {user.name} is {availabilityLabels[user.availability].toLocaleLowerCase()}: Aircall only starts a call for an
          available user. You can still put the number on their keypad.
        </p>
      )}
      <FormError>{failed ? describeError(failed) : null}</FormError>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={busy || startCall.isPending}>
          <Phone aria-hidden />
          Call now
        </Button>
        <Button type="button" disabled={dial.isPending} onClick={() => run('dial')}>
          <PhoneForwarded aria-hidden />
          Put on keypad
        </Button>
      </div>
    </form>
  );
}
