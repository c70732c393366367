import type { SearchSnippet } from '@switchboard/contracts';

/** A search snippet: its text with the matched words marked (ranges from the BFF, never HTML). */
export function HighlightedText({ snippet }: { snippet: Pick<SearchSnippet, 'text' | 'highlights'> }) {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const { start, end } of [...snippet.highlights].sort((a, b) => a.start - b.start)) {
    if (start < at || end > snippet.text.length) continue;
    if (start > at) parts.push({ text: snippet.text.slice(at, start), match: false });
    parts.push({ text: snippet.text.slice(start, end), match: true });
    at = end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), match: false });
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-warning/30 px-0.5 text-foreground">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
