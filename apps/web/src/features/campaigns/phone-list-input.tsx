import { type CountryCode, getCountries, getCountryCallingCode } from 'libphonenumber-js';
import { Upload } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { Select, Textarea } from '../../components/ui/input';
import { plural } from '../../lib/format';
import { type PhoneList, parsePhoneList } from './phone-list';

const countryNames = new Intl.DisplayNames(undefined, { type: 'region' });

/** The country a national number is read in by default: the browser's region, e.g. `en-GB` → GB. */
function browserCountry(): CountryCode | undefined {
  return new Intl.Locale(navigator.language).maximize().region as CountryCode | undefined;
}

/**
 * The country national numbers (written without +) are read in. It reads as a sentence with a "Change" button; the
 * full list of countries only renders when asked for.
 */
function CountryPicker({
  value,
  onChange,
}: {
  value: CountryCode | undefined;
  onChange: (country: CountryCode) => void;
}) {
  const [choosing, setChoosing] = useState(false);
  const id = useId();
  const countries = useMemo(
    () =>
      choosing
        ? getCountries()
            .map((code) => ({ code, name: countryNames.of(code) ?? code }))
            .sort((a, b) => a.name.localeCompare(b.name))
        : [],
    [choosing],
  );
  if (!choosing) {
    return (
      <p className="text-sm text-muted-foreground">
        Numbers without + are read as{' '}
        {value ? `${countryNames.of(value)} (+${getCountryCallingCode(value)})` : 'international'}.{' '}
        {/* Inline in the sentence: a padded button would wrap onto its own line looking indented. */}
        <button
          type="button"
          onClick={() => setChoosing(true)}
          className="rounded-sm font-medium whitespace-nowrap text-primary underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
        >
          Change country
        </button>
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        Country for numbers without +
      </label>
      <Select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value as CountryCode)}>
        {countries.map(({ code, name }) => (
          <option key={code} value={code}>
            {name} (+{getCountryCallingCode(code)})
          </option>
        ))}
      </Select>
    </div>
  );
}

/** What the list will send, and what it leaves out and why. */
function PhoneListSummary({ list, max }: { list: PhoneList; max: number }) {
  return (
    <div role="status" className="flex flex-col gap-1 text-sm">
      <p>
        <span className="font-medium">{plural(list.numbers.length, 'valid number')}</span>
        {list.duplicates > 0 && (
          <span className="text-muted-foreground"> · {plural(list.duplicates, 'duplicate')} removed</span>
        )}
        {list.invalid.length > 0 && <span className="text-danger"> · {list.invalid.length} invalid, left out</span>}
      </p>
      {list.numbers.length > max && (
        <p className="font-medium text-danger">At most {max} numbers per request: split the list.</p>
      )}
      {list.invalid.length > 0 && (
        <details open={list.invalid.length <= 5}>
          <summary className="cursor-pointer text-muted-foreground">Invalid numbers</summary>
          <ul aria-label="Invalid numbers" className="mt-1 flex flex-wrap gap-1.5">
            {list.invalid.map((text, index) => (
              // The same invalid text may appear twice; its position keeps the key unique.
              <li key={index} className="rounded bg-danger/10 px-1.5 py-0.5 font-mono text-xs text-danger">
                {text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/**
 * A pasted list or an uploaded CSV of phone numbers, normalised to E.164 as it is typed: the summary says how many
 * will be sent, which were invalid (left out) and how many repeats were removed.
 */
export default function PhoneListInput({ max, onChange }: { max: number; onChange: (list: PhoneList) => void }) {
  const [text, setText] = useState('');
  const [country, setCountry] = useState(browserCountry);
  const textId = useId();
  const hintId = useId();
  const list = useMemo(() => parsePhoneList(text, country), [text, country]);

  const update = (nextText: string, nextCountry = country) => {
    setText(nextText);
    onChange(parsePhoneList(nextText, nextCountry));
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1.5">
        <label htmlFor={textId} className="text-sm font-medium">
          Phone numbers
        </label>
        <Textarea
          id={textId}
          aria-describedby={hintId}
          rows={6}
          className="font-mono"
          placeholder="+14155550123"
          value={text}
          onChange={(event) => update(event.target.value)}
        />
        <p id={hintId} className="text-xs text-muted-foreground">
          Paste one number per line, or a CSV; columns without numbers (names, headers) are ignored.
        </p>
      </div>
      <div className="flex flex-col items-start gap-2">
        <label className="inline-flex h-9 cursor-pointer items-center gap-2 rounded-md border border-border px-3.5 text-sm font-medium hover:bg-muted focus-within:outline-2 focus-within:outline-ring">
          <Upload aria-hidden className="size-4" />
          Upload a CSV file
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void file.text().then((content) => update(content));
            }}
          />
        </label>
        <div className="w-full">
          <CountryPicker
            value={country}
            onChange={(next) => {
              setCountry(next);
              update(text, next);
            }}
          />
        </div>
      </div>
      {text.trim() !== '' && <PhoneListSummary list={list} max={max} />}
    </div>
  );
}
