/** `external_custom_id:99015`, as CRMs and imports write fields into a contact's information. */
const fieldLine = /^([a-z][a-z0-9]*(?:_[a-z0-9]+)+):\s*(\S.*)$/i;

const labelOf = (key: string) => {
  const words = key
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/\bid\b/g, 'ID');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A contact's information: `snake_case:value` lines read as labelled fields ("External custom ID 99015"), the rest as text. */
export function ContactInformation({ text }: { text: string }) {
  const lines = text.split(/\r?\n/);
  const fields = lines.flatMap((line) => {
    const match = fieldLine.exec(line.trim());
    return match ? [{ label: labelOf(match[1] ?? ''), value: match[2] ?? '' }] : [];
  });
  const prose = lines
    .filter((line) => !fieldLine.test(line.trim()))
    .join('\n')
    .trim();
  return (
    <div className="flex flex-col gap-2 text-sm">
      {prose && <p className="whitespace-pre-wrap">{prose}</p>}
      {fields.length > 0 && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {fields.map(({ label, value }) => (
            <div key={`${label}:${value}`} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="min-w-0 break-words tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
